package io.autocrm.platform.web;

import io.autocrm.events.common.ErrorCode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ProblemDetail;

/** Builds problem details that always carry a stable {@code code} and a {@code type} derived from it. */
final class Problems {

    private Problems() {
    }

    static ProblemDetail of(ErrorCode code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(ErrorStatus.of(code), detail);
        return withCode(problem, code);
    }

    static ProblemDetail withCode(ProblemDetail problem, ErrorCode code) {
        problem.setType(URI.create("urn:autocrm:problem:" + code.code()));
        problem.setTitle(code.title());
        problem.setProperty("code", code.code());
        return problem;
    }

    /** The problem as its JSON members, for writers outside Spring MVC's message converters (servlet filters). */
    static Map<String, Object> asMap(ProblemDetail problem) {
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

    static ProblemDetail withErrors(ProblemDetail problem, List<Map<String, String>> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }
}
