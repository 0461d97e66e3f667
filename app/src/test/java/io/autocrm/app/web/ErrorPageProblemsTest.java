package io.autocrm.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.multipart.MultipartException;

/**
 * The container's error page as the container calls it (a forward with the error attributes set), for the failures
 * that reach it from a filter, before any handler: each answers a problem with the code of what happened.
 */
class ErrorPageProblemsTest {

    private final ErrorPageProblems page = new ErrorPageProblems();

    @Test
    void answersAPageAskedForDirectlyAsNotFound() throws Exception {
        MockHttpServletResponse response = render(new MockHttpServletRequest("GET", "/error"));
        assertProblem(response, 404, "not-found");
    }

    @Test
    void answersADatabaseThatFailedUnderAFilterAsUnavailable() throws Exception {
        SQLException terminated = new SQLException("FATAL: terminating connection due to administrator command",
                "57P01");
        MockHttpServletResponse response = render(failed(500,
                new DataAccessResourceFailureException("caller lookup", terminated)));
        assertProblem(response, 503, "service-unavailable");
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }

    @Test
    void answersAnExhaustedPoolUnderAFilterAsBusy() throws Exception {
        MockHttpServletResponse response = render(failed(500,
                new RuntimeException(new SQLTransientConnectionException("Connection is not available"))));
        assertProblem(response, 503, "service-busy");
        assertThat(response.getHeader("Retry-After")).isEqualTo("2");
    }

    @Test
    void answersAnUnreadableMultipartBodyAsMalformed() throws Exception {
        assertProblem(render(failed(500, new MultipartException("no boundary"))), 400, "malformed-request");
    }

    @Test
    void givesEachStatusWithoutAFailureItsOwnCode() throws Exception {
        assertProblem(render(failed(401, null)), 401, "unauthenticated");
        assertProblem(render(failed(403, null)), 403, "forbidden");
        assertProblem(render(failed(429, null)), 429, "rate-limited");
        assertProblem(render(failed(501, null)), 405, "method-not-allowed");
    }

    private static MockHttpServletRequest failed(int status, Throwable failure) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/tickets");
        if (failure != null) {
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
        }
        return request;
    }

    private MockHttpServletResponse render(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        page.error(request, response);
        return response;
    }

    private static void assertProblem(MockHttpServletResponse response, int status, String code) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"code\":\"" + code + "\"")
                .contains("\"status\":" + status);
    }
}
