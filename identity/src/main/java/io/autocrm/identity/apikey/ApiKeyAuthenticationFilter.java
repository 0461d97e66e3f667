package io.autocrm.identity.apikey;

import io.autocrm.access.Caller;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.identity.apikey.ApiKeys.ActiveKey;
import io.autocrm.identity.caller.CallerAuthentication;
import io.autocrm.identity.throttle.Throttle.Decision;
import io.autocrm.platform.web.DatabaseOutage;
import io.autocrm.platform.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates requests that carry an API key: {@code Authorization: Bearer acrm_…}. Any other request, including
 * one with a JWT bearer token, passes through untouched.
 * <ul>
 * <li>An active key (found by its prefix, secret matching, neither revoked nor expired) within its rate limit: the
 * request continues as {@code new CallerAuthentication(Caller.apiKey(keyId, scopes), keyId)}, also saved as a
 * request attribute so that async dispatches (live streams) keep it.</li>
 * <li>Anything else starting {@code acrm_}: 401 {@code invalid-token} with one detail whatever the reason, and
 * {@code WWW-Authenticate: Bearer error="invalid_token"}.</li>
 * <li>Over the key's limit: 429 {@code rate-limited} with {@code Retry-After}; the request goes no further.</li>
 * </ul>
 * Every response to a recognised key carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} (seconds until the allowance is whole again). The limit holds for the whole cluster.
 *
 * <p>Not a Spring bean, lest Boot register it as a servlet filter: the security configuration constructs it with
 * {@code new ApiKeyAuthenticationFilter(apiKeys)} ({@link ApiKeys} is a bean) and adds it to the API chain before
 * {@code BearerTokenAuthenticationFilter}, whose token resolver must ignore tokens for which
 * {@link #isApiKey(String)} is true.
 */
public final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String INVALID_KEY = "The API key is not valid: it is unknown, malformed, expired or revoked.";

    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthenticationFilter.class);
    private static final String BEARER = "Bearer ";

    private final ApiKeys apiKeys;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository contextRepository = new RequestAttributeSecurityContextRepository();

    public ApiKeyAuthenticationFilter(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    /** True for a bearer token meant for this filter (an API key, valid or not) rather than for the JWT decoder. */
    public static boolean isApiKey(String bearerToken) {
        return bearerToken != null && ApiKeyFormat.looksLikeApiKey(bearerToken);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> presented = presentedKey(request);
        if (presented.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ActiveKey> key;
        try {
            key = apiKeys.authenticate(presented.get());
        } catch (DataAccessException e) {
            unavailable(e, response);
            return;
        }
        if (key.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            ProblemResponses.write(response, ErrorCode.INVALID_TOKEN, INVALID_KEY);
            return;
        }
        Decision decision;
        try {
            decision = apiKeys.admit(key.get());
        } catch (DataAccessException e) {
            unavailable(e, response);
            return;
        }
        if (admit(key.get(), decision, response)) {
            authenticate(key.get(), request, response);
            chain.doFilter(request, response);
        }
    }

    /** The key or its allowance could not be read: a busy pool or a database outage, both worth a retry. */
    private static void unavailable(DataAccessException e, HttpServletResponse response) throws IOException {
        if (DatabaseOutage.busy(e)) {
            log.info("Could not look up an API key: {}", e.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.BUSY_RETRY_AFTER);
            ProblemResponses.write(response, ErrorCode.SERVICE_BUSY, DatabaseOutage.BUSY_DETAIL);
            return;
        }
        log.warn("Could not look up an API key: {}", e.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        ProblemResponses.write(response, ErrorCode.SERVICE_UNAVAILABLE, "The database is unavailable; retry shortly.");
    }

    private boolean admit(ActiveKey key, Decision decision, HttpServletResponse response) throws IOException {
        response.setHeader("RateLimit-Limit", Integer.toString(decision.limit()));
        response.setHeader("RateLimit-Remaining", Integer.toString(decision.remaining()));
        response.setHeader("RateLimit-Reset", Long.toString(decision.reset()));
        if (!decision.allowed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfter()));
            ProblemResponses.write(response, ErrorCode.RATE_LIMITED, "This API key may make "
                    + decision.limit() + " requests a minute; retry after " + decision.retryAfter() + " s.");
            return false;
        }
        apiKeys.used(key);
        return true;
    }

    private void authenticate(ActiveKey key, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(Caller.apiKey(key.id(), key.scopes()), key.id()));
        contexts.setContext(context);
        contextRepository.saveContext(context, request, response);
    }

    private static Optional<String> presentedKey(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = header.substring(BEARER.length()).trim();
        return isApiKey(token) ? Optional.of(token) : Optional.empty();
    }
}
