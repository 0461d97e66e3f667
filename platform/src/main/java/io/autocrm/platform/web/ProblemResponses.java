package io.autocrm.platform.web;

import io.autocrm.events.common.ErrorCode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem detail straight to a servlet response, for code that runs before Spring MVC: the security filter
 * chain (401, 403, 429) and other servlet filters. Same shape and codes as {@link ProblemDetailsAdvice}.
 */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    /** The problem as an object, for callers that add members (e.g. a retry hint) before writing it. */
    public static ProblemDetail problem(ErrorCode code, String detail) {
        return Problems.of(code, detail);
    }

    public static void write(HttpServletResponse response, ErrorCode code, String detail) throws IOException {
        write(response, Problems.of(code, detail));
    }

    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(Problems.asMap(problem)));
        response.getWriter().flush();
    }
}
