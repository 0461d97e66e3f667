package io.autocrm.platform.web;

import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Says, in the client's terms, what is wrong with a request body that could not be read: never a Java class name. */
final class JsonErrors {

    private JsonErrors() {
    }

    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownProperty unknown) {
                return unknown.getMessage();
            }
            if (t instanceof UnrecognizedPropertyException unknown) {
                return "Unknown property '" + path(unknown) + "'.";
            }
            if (t instanceof StreamReadException duplicate && String.valueOf(duplicate.getOriginalMessage())
                    .startsWith("Duplicate Object property")) {
                return "A property appears more than once (line " + duplicate.getLocation().getLineNr() + ").";
            }
            if (t instanceof StreamReadException syntax && syntax.getLocation() != null) {
                return "The body is not valid JSON (line " + syntax.getLocation().getLineNr() + ", column "
                        + syntax.getLocation().getColumnNr() + ").";
            }
            if (t instanceof JacksonException json && !json.getPath().isEmpty()
                    && String.valueOf(json.getOriginalMessage()).contains("NUL character")) {
                return "Property '" + path(json) + "' contains a NUL character (\\u0000).";
            }
            if (t instanceof JacksonException json && !json.getPath().isEmpty()) {
                return "Property '" + path(json) + "' has a value of the wrong type or format.";
            }
        }
        return "The request body is missing or is not valid JSON for this endpoint.";
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
