package io.autocrm.platform.web;

import io.autocrm.events.common.ErrorCode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds problem details that always carry a stable {@code code} and a {@code type} derived from it. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(ErrorCode code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(ErrorStatus.of(code), detail);
        return withCode(problem, code);
    }

    /**
     * A problem of the given status (which may differ from the code's usual one), with the code of it. A 501, which the
     * servlet container answers for a method it does not implement (CONNECT, unknown methods), is a 405: the fault is
     * the client's method, not the server.
     */
    public static ProblemDetail forStatus(int status, String detail) {
        int shown = status == 501 ? 405 : status;
        return withCode(ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(shown), detail), codeFor(shown));
    }

    /** The stable code of a status that no more specific code explains. */
    public static ErrorCode codeFor(int status) {
        return switch (status) {
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ErrorCode.RATE_LIMITED;
            case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> status >= 400 && status < 500 ? ErrorCode.VALIDATION_FAILED : ErrorCode.INTERNAL_ERROR;
        };
    }

    public static ProblemDetail withCode(ProblemDetail problem, ErrorCode code) {
        problem.setType(URI.create("urn:autocrm:problem:" + code.code()));
        problem.setTitle(code.title());
        problem.setProperty("code", code.code());
        return problem;
    }

    /** The problem as its JSON members, for writers outside Spring MVC's message converters (servlet filters). */
    public static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", String.valueOf(problem.getType()));
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            members.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        return members;
    }

    /** Echoes at most 60 characters of a client's value back. */
    public static String shorten(String raw) {
        return raw.length() <= 60 ? raw : raw.substring(0, 60) + "...";
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<Map<String, String>> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }
}
