package io.autocrm.identity.signin;

import io.autocrm.identity.config.IssuerMode;
import static io.autocrm.identity.signin.SignInPage.Input.EMAIL;
import static io.autocrm.identity.signin.SignInPage.Input.PASSWORD;

import io.autocrm.identity.account.IdentitySettings;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The embedded issuer's sign-in page ({@link SignInPage}'s look, no script), with the way to a forgotten password
 * and, while customers may sign up, to a new account.
 */
@Controller
@Hidden
@Conditional(IssuerMode.Embedded.class)
class LoginPage {

    private final IdentitySettings settings;

    LoginPage(IdentitySettings settings) {
        this.settings = settings;
    }

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(HttpServletRequest request, @RequestParam(required = false) String error,
                                @RequestParam(required = false) String logout) {
        String note = error != null ? SignInPage.error(ThrottledLogin.INVALID)
                : logout != null ? SignInPage.info("You have signed out.") : "";
        String links = settings.customerSignup()
                ? SignInPage.links(request, "/login/forgot", "Forgot your password?", "/login/signup", "Create an account")
                : SignInPage.links(request, "/login/forgot", "Forgot your password?");
        return SignInPage.respond(HttpStatus.OK, "Sign in to AutoCRM",
                "Use the email address and password of your AutoCRM account.",
                note + SignInPage.form(request, "/login", "Sign in",
                        SignInPage.field(EMAIL, null, null), SignInPage.field(PASSWORD, null, null)) + links);
    }
}
