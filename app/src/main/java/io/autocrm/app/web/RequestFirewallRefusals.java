package io.autocrm.app.web;

import io.autocrm.events.common.ErrorCode;
import io.autocrm.platform.web.ProblemResponses;
import io.autocrm.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Spring Security's request firewall refuses paths and headers that could confuse matching (encoded slashes or dots,
 * semicolons, control characters) and unknown methods: answered as 400 {@code malformed-request} or 405
 * {@code method-not-allowed}, logged at debug, instead of an exception that reaches the container's error page.
 */
@Component
class RequestFirewallRefusals implements RequestRejectedHandler {

    private static final Set<String> STANDARD_METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Logger log = LoggerFactory.getLogger(RequestFirewallRefusals.class);

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException refusal)
            throws IOException {
        log.debug("Request firewall refused {} {}: {}", request.getMethod(), request.getRequestURI(),
                refusal.getMessage());
        if (!STANDARD_METHODS.contains(request.getMethod())) {
            ProblemResponses.write(response, ErrorCode.METHOD_NOT_ALLOWED,
                    "The method " + Problems.shorten(request.getMethod()) + " is not supported.");
        } else {
            ProblemResponses.write(response, ErrorCode.MALFORMED_REQUEST,
                    "The request's path or headers hold characters or sequences that are not accepted.");
        }
    }
}
