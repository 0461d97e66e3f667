package io.autocrm.app.identity;

import io.autocrm.app.security.SecurityProperties;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public identity endpoints: sign-up and password reset. Their answers never tell whether an address is known;
 * the links they send go through the email outbox.
 */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    private static final Accepted CHECK_YOUR_EMAIL =
            new Accepted("If the address can be used, a message with a link is on its way: check your email.");

    private final Signups signups;
    private final PasswordResets resets;
    private final SecurityProperties properties;

    AuthController(Signups signups, PasswordResets resets, SecurityProperties properties) {
        this.signups = signups;
        this.resets = resets;
        this.properties = properties;
    }

    /** 202 for every address, known or not (403 signup-disabled unless an admin enabled sign-up). */
    @PostMapping("/signup")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted signup(@RequestBody SignupRequest request) {
        signups.request(request.name(), request.email(), request.password(), baseUrl());
        return CHECK_YOUR_EMAIL;
    }

    /** Follows the link of a sign-up mail: creates the login. */
    @PostMapping("/signup/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirmSignup(@RequestBody TokenRequest request) {
        signups.confirm(request.token());
    }

    /** 202 whether or not the address has an account. */
    @PostMapping("/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted requestReset(@RequestBody ResetRequest request) {
        resets.request(request.email(), baseUrl());
        return CHECK_YOUR_EMAIL;
    }

    @PostMapping("/password-reset/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirmReset(@RequestBody ResetConfirmation request) {
        resets.confirm(request.token(), request.password());
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
