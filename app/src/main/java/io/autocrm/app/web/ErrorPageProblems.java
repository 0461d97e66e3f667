package io.autocrm.app.web;

import io.autocrm.events.common.ErrorCode;
import io.autocrm.platform.web.DatabaseOutage;
import io.autocrm.platform.web.ProblemResponses;
import io.autocrm.platform.web.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The servlet container's error page ({@code /error}), in place of Spring Boot's: whatever ended with an error before
 * a handler answered (a TRACE, a filter's exception, a {@code sendError} of the container or a library) answers a
 * problem detail with the stable code of its status. Client errors are logged at debug only; a server error names a
 * log reference like {@link ProblemDetailsAdvice} does.
 */
@Controller
class ErrorPageProblems implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPageProblems.class);

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null && failure == null) {
            // Asked for directly, not forwarded to by the container: there is no error to report, and no such page.
            ProblemResponses.write(response, Problems.of(ErrorCode.NOT_FOUND, "No such resource."));
            return;
        }
        if (failure != null && (DatabaseOutage.busy(failure) || DatabaseOutage.causedBy(failure))) {
            // The database failed under a filter (the caller lookup, a throttle): a 503, as in ProblemDetailsAdvice.
            boolean busy = DatabaseOutage.busy(failure);
            log.warn("Database {} before a handler answered: {}", busy ? "busy" : "unavailable", failure.toString());
            response.setHeader(HttpHeaders.RETRY_AFTER, busy ? DatabaseOutage.BUSY_RETRY_AFTER : "5");
            ProblemResponses.write(response, busy ? Problems.of(ErrorCode.SERVICE_BUSY, DatabaseOutage.BUSY_DETAIL)
                    : Problems.of(ErrorCode.SERVICE_UNAVAILABLE, "The database is unavailable; retry shortly."));
            return;
        }
        int status = clientFault(failure) ? 400 : statusOf(request);
        ProblemDetail problem;
        if (status == 400) {
            problem = Problems.of(ErrorCode.MALFORMED_REQUEST, "The request is malformed.");
        } else if (status >= 500 && status != 501 && failure != null) {
            problem = unexpected(failure);
        } else {
            problem = Problems.forStatus(status, reason(status));
        }
        log.debug("Error page for {} {}: {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), status,
                String.valueOf(failure));
        ProblemResponses.write(response, problem);
    }

    /**
     * Tomcat's unreadable parameters, unreadable multipart bodies and the request firewall's refusals, when they
     * escape a filter.
     */
    private static boolean clientFault(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RequestRejectedException || t instanceof MultipartException
                    || t.getClass().getName().equals("org.apache.tomcat.util.http.InvalidParameterException")) {
                return true;
            }
        }
        return false;
    }

    private static int statusOf(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer code && code >= 400 && code < 600 ? code : 500;
    }

    private static String reason(int status) {
        HttpStatus known = HttpStatus.resolve(status == 501 ? 405 : status);
        return known != null ? known.getReasonPhrase() + "." : "The request failed.";
    }

    private static ProblemDetail unexpected(Throwable failure) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected error, reference {}", reference, failure);
        ProblemDetail problem = Problems.of(ErrorCode.INTERNAL_ERROR, "Something went wrong on our side.");
        problem.setProperty("reference", reference);
        return problem;
    }
}
