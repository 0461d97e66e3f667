package io.autocrm.platform.web;

import java.io.IOException;

/** A request body grew past its limit ({@code autocrm.http.max-body-size}, or the path's own). */
class RequestTooLarge extends IOException {

    private final long limit;

    RequestTooLarge(long limit) {
        super(detail(limit));
        this.limit = limit;
    }

    long limit() {
        return limit;
    }

    /** The refusal as people read it: "The request body is larger than 1 MB, the most this request may send." */
    static String detail(long limit) {
        return "The request body is larger than " + DataSizes.readable(limit) + ", the most this request may send.";
    }
}
