package io.autocrm.identity.selfservice;

import io.autocrm.identity.account.IdentitySettings;
import io.autocrm.identity.signin.PageThrottle;
import io.autocrm.identity.signin.Pages;
import static io.autocrm.identity.signin.SignInPage.Input.EMAIL;
import static io.autocrm.identity.signin.SignInPage.Input.NAME;
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
 * Customers signing themselves up in the browser, while an admin allows it: {@code /login/signup} takes name, address
 * and password and mails a link (answering the same for every address); the link, {@code /login/signup?token=…},
 * shows a button whose POST creates the login. Confirming works like the API's, also after sign-up was turned off.
 */
@Controller
@Hidden
@Conditional(IssuerMode.Embedded.class)
@RequestMapping(path = "/login/signup", produces = MediaType.TEXT_HTML_VALUE)
class SignupPages {

    private final Signups signups;
    private final IdentitySettings settings;
    private final PageThrottle throttle;
    private final SecurityProperties properties;

    SignupPages(Signups signups, IdentitySettings settings, PageThrottle throttle, SecurityProperties properties) {
        this.signups = signups;
        this.settings = settings;
        this.throttle = throttle;
        this.properties = properties;
    }

    @GetMapping
    ResponseEntity<String> signup(HttpServletRequest request) {
        return settings.customerSignup() ? form(request, HttpStatus.OK, "", "", "") : unavailable(request);
    }

    @PostMapping
    ResponseEntity<String> requestSignup(HttpServletRequest request, @RequestParam(required = false) String name,
            @RequestParam(required = false) String email, @RequestParam(required = false) String password,
            @RequestParam(required = false) String repeat) {
        if (!settings.customerSignup()) {
            return unavailable(request);
        }
        if (throttle.refused(request)) {
            return Pages.tooManyAttempts(request);
        }
        if (!Objects.equals(password, repeat)) {
            return form(request, HttpStatus.UNPROCESSABLE_CONTENT, name, email, SignInPage.error(Pages.PASSWORDS_DIFFER));
        }
        try {
            signups.request(name, email, password, LinkBase.of(properties));
        } catch (DomainException e) {
            return e.errorCode() == ErrorCode.SIGNUP_DISABLED ? unavailable(request)
                    : form(request, HttpStatus.UNPROCESSABLE_CONTENT, name, email, SignInPage.error(e.getMessage()));
        }
        throttle.count(request);
        return SignInPage.respond(HttpStatus.OK, "Check your email",
                "If the address can be used, we sent it a link to confirm your sign-up within 24 hours. Nothing is "
                        + "created until you follow it.",
                SignInPage.links(request, "/login", "Back to sign in"));
    }

    @GetMapping(params = "token")
    ResponseEntity<String> confirmation(HttpServletRequest request, @RequestParam String token) {
        if (!signups.pending(token)) {
            return invalidLink(request);
        }
        return SignInPage.respond(HttpStatus.OK, "Confirm your sign-up",
                "One more step: confirm that you want an AutoCRM account for this address.",
                SignInPage.form(request, "/login/signup", "Create my account", SignInPage.hidden("token", token)));
    }

    @PostMapping(params = "token")
    ResponseEntity<String> confirm(HttpServletRequest request, @RequestParam String token) {
        if (throttle.refused(request)) {
            return Pages.tooManyAttempts(request);
        }
        try {
            signups.confirm(token);
        } catch (DomainException e) {
            throttle.count(request);
            return invalidLink(request);
        }
        return SignInPage.respond(HttpStatus.OK, "Your account is ready",
                "Sign in with your email address and the password you chose.",
                SignInPage.buttonLink(request, "/login", "Sign in"));
    }

    private static ResponseEntity<String> form(HttpServletRequest request, HttpStatus status, String name,
                                               String email, String note) {
        return SignInPage.respond(status, "Create an account",
                "Sign up to follow your requests to the helpdesk. We will mail you a link to confirm the address.",
                note + SignInPage.form(request, "/login/signup", "Sign up", SignInPage.field(NAME, name, null),
                        SignInPage.field(EMAIL, email, null),
                        SignInPage.field(NEW_PASSWORD, null, "At least 12 characters; not your email address."),
                        SignInPage.field(REPEAT_PASSWORD, null, null))
                        + SignInPage.links(request, "/login", "I already have an account"));
    }

    private static ResponseEntity<String> unavailable(HttpServletRequest request) {
        return SignInPage.respond(HttpStatus.FORBIDDEN, "Sign-up is not available",
                "This helpdesk does not take new accounts here. Ask the helpdesk to create one for you.",
                SignInPage.links(request, "/login", "Back to sign in"));
    }

    private static ResponseEntity<String> invalidLink(HttpServletRequest request) {
        return SignInPage.respond(HttpStatus.UNPROCESSABLE_CONTENT, "This link no longer works",
                "Sign-up links work once, for 24 hours. If your account is not ready yet, sign up again.",
                SignInPage.error("The confirmation link is invalid or has expired.")
                        + SignInPage.links(request, "/login", "Sign in", "/login/signup", "Sign up again"));
    }
}
