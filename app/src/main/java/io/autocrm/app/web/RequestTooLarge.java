package io.autocrm.app.web;

import java.io.IOException;

/** A request body grew past {@code autocrm.http.max-body-size}. */
class RequestTooLarge extends IOException {

    RequestTooLarge(long limit) {
        super("The request body exceeds the limit of " + limit + " bytes.");
    }
}
