package io.autocrm.identity.caller;

import io.autocrm.events.common.ErrorCode;
import io.autocrm.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The API's answers when the security chain refuses a request, as problem details: 401 {@code unauthenticated}
 * without credentials, 401 {@code invalid-token} for a token that is bad in any way (one detail, whatever was wrong),
 * 403 {@code forbidden} for people and 403 {@code insufficient-scope} for integrations. Every 401 names the Bearer
 * scheme.
 */
public final class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    public static final String INVALID_TOKEN = "The access token is not valid: it is malformed, expired, revoked or not "
            + "issued for AutoCRM, or its account can no longer sign in.";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            ProblemResponses.write(response, ErrorCode.INVALID_TOKEN, INVALID_TOKEN);
        } else {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            ProblemResponses.write(response, ErrorCode.UNAUTHENTICATED,
                    "Sign in, or send an access token or API key: Authorization: Bearer <token>.");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean integration = authentication instanceof CallerAuthentication caller && caller.caller().role() == null;
        if (integration) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
            ProblemResponses.write(response, ErrorCode.INSUFFICIENT_SCOPE,
                    "The API key or client lacks the scope this request needs.");
        } else {
            ProblemResponses.write(response, ErrorCode.FORBIDDEN, "Your role does not allow this.");
        }
    }
}
