package io.autocrm.identity.selfservice;

import static io.autocrm.identity.signin.Pages.page;

import io.autocrm.identity.account.IdentitySettings;
import io.autocrm.identity.signin.PageThrottle;
import io.autocrm.identity.signin.Pages;

import io.autocrm.identity.config.IssuerMode;
import io.autocrm.identity.config.SecurityProperties;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Customers signing themselves up in the browser, while an admin allows it: {@code /login/signup} takes name, address
 * and password and mails a link (answering the same for every address); the link, {@code /login/signup?token=…},
 * shows a button whose POST creates the login. Confirming works like the API's, also after sign-up was turned off.
 * Templates {@code signin/signup*}.
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
    ModelAndView signup() {
        return settings.customerSignup() ? form(HttpStatus.OK, null, null, null) : unavailable();
    }

    @PostMapping
    ModelAndView requestSignup(HttpServletRequest request, @RequestParam(required = false) String name,
            @RequestParam(required = false) String email, @RequestParam(required = false) String password,
            @RequestParam(required = false) String repeat) {
        if (!settings.customerSignup()) {
            return unavailable();
        }
        if (throttle.refused(request)) {
            return Pages.tooManyAttempts();
        }
        if (!Objects.equals(password, repeat)) {
            return form(HttpStatus.UNPROCESSABLE_CONTENT, name, email, Pages.PASSWORDS_DIFFER);
        }
        try {
            signups.request(name, email, password, LinkBase.of(properties));
        } catch (DomainException e) {
            return e.errorCode() == ErrorCode.SIGNUP_DISABLED ? unavailable()
                    : form(HttpStatus.UNPROCESSABLE_CONTENT, name, email, e.getMessage());
        }
        throttle.count(request);
        return page("signup-sent");
    }

    @GetMapping(params = "token")
    ModelAndView confirmation(@RequestParam String token) {
        return signups.pending(token) ? page("signup-confirm", HttpStatus.OK, Map.of("token", token)) : invalidLink();
    }

    @PostMapping(params = "token")
    ModelAndView confirm(HttpServletRequest request, @RequestParam String token) {
        if (throttle.refused(request)) {
            return Pages.tooManyAttempts();
        }
        try {
            signups.confirm(token);
        } catch (DomainException e) {
            throttle.count(request);
            return invalidLink();
        }
        return page("signup-done");
    }

    private static ModelAndView form(HttpStatus status, String name, String email, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", name);
        model.put("email", email);
        model.put("error", error);
        return page("signup", status, model);
    }

    private static ModelAndView unavailable() {
        return page("signup-unavailable", HttpStatus.FORBIDDEN);
    }

    private static ModelAndView invalidLink() {
        return page("signup-invalid", HttpStatus.UNPROCESSABLE_CONTENT);
    }
}
