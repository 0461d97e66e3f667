package io.autocrm.platform.web;

import org.springframework.util.unit.DataSize;

/**
 * A body limit for some paths other than {@code autocrm.http.max-body-size}: uploads and raw mail are larger than any
 * JSON body. {@code pathPattern} is a Spring path pattern ({@code /api/v1/tickets/*}{@code /messages}); with
 * {@code multipartOnly} the limit holds only for multipart bodies (the same path takes small JSON bodies otherwise).
 */
public record RequestBodyLimit(String method, String pathPattern, boolean multipartOnly, DataSize limit) {
}
