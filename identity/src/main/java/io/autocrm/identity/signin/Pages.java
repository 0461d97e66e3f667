package io.autocrm.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What the identity pages under {@code /login} say alike. */
public final class Pages {

    public static final String PASSWORDS_DIFFER = "The two passwords differ; type the same one twice.";

    private Pages() {
    }

    /** {@link PageThrottle} said no: the same page whatever the address, with nothing about any account. */
    public static ResponseEntity<String> tooManyAttempts(HttpServletRequest request) {
        return SignInPage.respond(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts",
                "Too many requests came from your network. Wait a few minutes, then try again.",
                SignInPage.links(request, "/login", "Back to sign in"));
    }
}
