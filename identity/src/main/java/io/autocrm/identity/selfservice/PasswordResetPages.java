package io.autocrm.identity.selfservice;

import io.autocrm.identity.signin.PageThrottle;
import io.autocrm.identity.signin.Pages;
import static io.autocrm.identity.signin.SignInPage.Input.EMAIL;
import static io.autocrm.identity.signin.SignInPage.Input.NEW_PASSWORD;
import static io.autocrm.identity.signin.SignInPage.Input.REPEAT_PASSWORD;

import io.autocrm.identity.config.IssuerMode;
import io.autocrm.identity.config.SecurityProperties;
import io.autocrm.identity.signin.SignInPage;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The browser's way through a forgotten password: {@code /login/forgot} asks for the address (and answers the same
 * whether or not it has an account), {@code /login/reset?token=…} is where the mailed link lands and sets the new
 * password. Pages in {@link SignInPage}'s look; only POSTs change anything.
 */
@Controller
@Hidden
@Conditional(IssuerMode.Embedded.class)
@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
class PasswordResetPages {

    private static final String NEW_PASSWORD_HINT = "At least 12 characters; not your email address.";

    private final PasswordResets resets;
    private final PageThrottle throttle;
    private final SecurityProperties properties;

    PasswordResetPages(PasswordResets resets, PageThrottle throttle, SecurityProperties properties) {
        this.resets = resets;
        this.throttle = throttle;
        this.properties = properties;
    }

    @GetMapping("/login/forgot")
    ResponseEntity<String> forgot(HttpServletRequest request) {
        return SignInPage.respond(HttpStatus.OK, "Forgot your password?",
                "Enter the email address of your account and we will send you a link to choose a new password.",
                SignInPage.form(request, "/login/forgot", "Send the link", SignInPage.field(EMAIL, null, null))
                        + SignInPage.links(request, "/login", "Back to sign in"));
    }

    @PostMapping("/login/forgot")
    ResponseEntity<String> requestLink(HttpServletRequest request, @RequestParam(required = false) String email) {
        if (throttle.refused(request)) {
            return Pages.tooManyAttempts(request);
        }
        throttle.count(request);
        resets.request(email, LinkBase.of(properties));
        return SignInPage.respond(HttpStatus.OK, "Check your email",
                "If an account exists for that address, we sent it a link to choose a new password. The link works "
                        + "once, for 30 minutes.",
                SignInPage.links(request, "/login", "Back to sign in", "/login/forgot", "Send another link"));
    }

    @GetMapping("/login/reset")
    ResponseEntity<String> reset(HttpServletRequest request, @RequestParam(required = false) String token) {
        return resets.usable(token) ? form(request, HttpStatus.OK, token, "") : invalidLink(request);
    }

    @PostMapping("/login/reset")
    ResponseEntity<String> setPassword(HttpServletRequest request, @RequestParam(required = false) String token,
            @RequestParam(required = false) String password, @RequestParam(required = false) String repeat) {
        if (throttle.refused(request)) {
            return Pages.tooManyAttempts(request);
        }
        if (!Objects.equals(password, repeat)) {
            return form(request, HttpStatus.UNPROCESSABLE_CONTENT, token, SignInPage.error(Pages.PASSWORDS_DIFFER));
        }
        try {
            resets.confirm(token, password);
        } catch (DomainException e) {
            if (e.errorCode() == ErrorCode.INVALID_RESET_TOKEN) {
                throttle.count(request);
                return invalidLink(request);
            }
            return form(request, HttpStatus.UNPROCESSABLE_CONTENT, token, SignInPage.error(e.getMessage()));
        }
        return SignInPage.respond(HttpStatus.OK, "Password changed",
                "Your new password is set, and every device signed in with the old one has been signed out.",
                SignInPage.buttonLink(request, "/login", "Sign in"));
    }

    private static ResponseEntity<String> form(HttpServletRequest request, HttpStatus status, String token,
                                               String note) {
        return SignInPage.respond(status, "Choose a new password", "Enter it twice to be sure it is what you meant.",
                note + SignInPage.form(request, "/login/reset", "Set the password",
                        SignInPage.field(NEW_PASSWORD, null, NEW_PASSWORD_HINT),
                        SignInPage.field(REPEAT_PASSWORD, null, null), SignInPage.hidden("token", token)));
    }

    private static ResponseEntity<String> invalidLink(HttpServletRequest request) {
        return SignInPage.respond(HttpStatus.UNPROCESSABLE_CONTENT, "This link no longer works",
                "Reset links work once, for 30 minutes. Ask for a new one.",
                SignInPage.error("The reset link is invalid or has expired.")
                        + SignInPage.buttonLink(request, "/login/forgot", "Send a new link")
                        + SignInPage.links(request, "/login", "Back to sign in"));
    }
}
