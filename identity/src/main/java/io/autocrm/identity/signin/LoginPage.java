package io.autocrm.identity.signin;

import io.autocrm.identity.account.IdentitySettings;
import io.autocrm.identity.config.IssuerMode;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The embedded issuer's sign-in page ({@code templates/signin/login.html}, no script), with the way to a forgotten
 * password and, while customers may sign up, to a new account.
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
    ModelAndView page(@RequestParam(required = false) String error, @RequestParam(required = false) String logout) {
        Map<String, Object> model = new HashMap<>();
        model.put("error", error != null ? ThrottledLogin.INVALID : null);
        model.put("info", error == null && logout != null ? "You have signed out." : null);
        model.put("signup", settings.customerSignup());
        return new ModelAndView("signin/login", model);
    }
}
