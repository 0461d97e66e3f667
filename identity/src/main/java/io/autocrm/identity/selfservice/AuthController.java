package io.autocrm.identity.selfservice;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.identity.config.SecurityProperties;
import io.autocrm.identity.signin.PageThrottle;
import io.autocrm.platform.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public identity endpoints: sign-up and password reset. Their answers never tell whether an address is known;
 * the links they send go through the email outbox. They share the sign-in pages' per-address throttle
 * ({@link PageThrottle}): each request that may send a mail and each refused token counts, and over the limit every
 * one of them answers 429 {@code rate-limited} with {@code Retry-After}.
 */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    private static final Accepted CHECK_YOUR_EMAIL =
            new Accepted("If the address can be used, a message with a link is on its way: check your email.");

    private final Signups signups;
    private final PasswordResets resets;
    private final SecurityProperties properties;
    private final PageThrottle throttle;

    AuthController(Signups signups, PasswordResets resets, SecurityProperties properties, PageThrottle throttle) {
        this.signups = signups;
        this.resets = resets;
        this.properties = properties;
        this.throttle = throttle;
    }

    /** 202 for every address, known or not (403 signup-disabled unless an admin enabled sign-up). */
    @Operation(summary = "Ask for customer sign-up (a confirmation link is mailed)")
    @PostMapping("/signup")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted signup(HttpServletRequest http, @RequestBody SignupRequest request) {
        admit(http);
        signups.request(request.name(), request.email(), request.password(), baseUrl());
        throttle.count(http);
        return CHECK_YOUR_EMAIL;
    }

    /** Follows the link of a sign-up mail: creates the login. */
    @Operation(summary = "Confirm a sign-up and create the login")
    @PostMapping("/signup/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirmSignup(HttpServletRequest http, @RequestBody TokenRequest request) {
        admit(http);
        countingRefusedTokens(http, () -> signups.confirm(request.token()));
    }

    /** 202 whether or not the address has an account. */
    @Operation(summary = "Ask for a password reset link")
    @PostMapping("/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted requestReset(HttpServletRequest http, @RequestBody ResetRequest request) {
        admit(http);
        resets.request(request.email(), baseUrl());
        throttle.count(http);
        return CHECK_YOUR_EMAIL;
    }

    @Operation(summary = "Set a new password with a reset link")
    @PostMapping("/password-reset/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirmReset(HttpServletRequest http, @RequestBody ResetConfirmation request) {
        admit(http);
        countingRefusedTokens(http, () -> resets.confirm(request.token(), request.password()));
    }

    /** Over the address's limit: 429 before anything else happens. */
    private void admit(HttpServletRequest http) {
        long retryAfter = throttle.retryAfterSeconds(http);
        if (retryAfter > 0) {
            throw new Throttled(retryAfter);
        }
    }

    /** A refused (guessed, used or expired) token counts against the address, as on the pages. */
    private void countingRefusedTokens(HttpServletRequest http, Runnable confirmation) {
        try {
            confirmation.run();
        } catch (DomainException e) {
            if (e.errorCode() == ErrorCode.INVALID_RESET_TOKEN || e.errorCode() == ErrorCode.INVALID_CONFIRMATION_TOKEN) {
                throttle.count(http);
            }
            throw e;
        }
    }

    @ExceptionHandler(Throttled.class)
    ResponseEntity<ProblemDetail> throttled(Throttled e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.problem(ErrorCode.RATE_LIMITED, "Too many sign-up or password-reset requests "
                        + "from this address; retry after " + e.retryAfterSeconds + " s."));
    }

    /** Over the per-address limit of the public identity endpoints. */
    private static final class Throttled extends RuntimeException {

        private final long retryAfterSeconds;

        Throttled(long retryAfterSeconds) {
            super(null, null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    private String baseUrl() {
        return LinkBase.of(properties);
    }

    record SignupRequest(String name, String email, String password) {
    }

    record TokenRequest(String token) {
    }

    record ResetRequest(String email) {
    }

    record ResetConfirmation(String token, String password) {
    }

    record Accepted(String message) {
    }
}
