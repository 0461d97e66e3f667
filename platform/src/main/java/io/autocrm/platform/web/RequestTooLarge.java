package io.autocrm.platform.web;

import java.io.IOException;

/** A request body grew past {@code autocrm.http.max-body-size}. */
class RequestTooLarge extends IOException {

    private final long limit;

    RequestTooLarge(long limit) {
        super(detail(limit));
        this.limit = limit;
    }

    long limit() {
        return limit;
    }

    static String detail(long limit) {
        return "The request body exceeds the limit of " + limit + " bytes.";
    }
}
