package io.autocrm.identity.selfservice;

import static io.autocrm.identity.signin.Pages.page;

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
 * The browser's way through a forgotten password: {@code /login/forgot} asks for the address (and answers the same
 * whether or not it has an account), {@code /login/reset?token=…} is where the mailed link lands and sets the new
 * password. Templates {@code signin/forgot*} and {@code signin/reset*}; only POSTs change anything.
 */
@Controller
@Hidden
@Conditional(IssuerMode.Embedded.class)
@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
class PasswordResetPages {

    private final PasswordResets resets;
    private final PageThrottle throttle;
    private final SecurityProperties properties;

    PasswordResetPages(PasswordResets resets, PageThrottle throttle, SecurityProperties properties) {
        this.resets = resets;
        this.throttle = throttle;
        this.properties = properties;
    }

    @GetMapping("/login/forgot")
    ModelAndView forgot() {
        return page("forgot");
    }

    @PostMapping("/login/forgot")
    ModelAndView requestLink(HttpServletRequest request, @RequestParam(required = false) String email) {
        if (throttle.refused(request)) {
            return Pages.tooManyAttempts();
        }
        throttle.count(request);
        resets.request(email, LinkBase.of(properties));
        return page("forgot-sent");
    }

    @GetMapping("/login/reset")
    ModelAndView reset(@RequestParam(required = false) String token) {
        return resets.usable(token) ? form(HttpStatus.OK, token, null) : invalidLink();
    }

    @PostMapping("/login/reset")
    ModelAndView setPassword(HttpServletRequest request, @RequestParam(required = false) String token,
            @RequestParam(required = false) String password, @RequestParam(required = false) String repeat) {
        if (throttle.refused(request)) {
            return Pages.tooManyAttempts();
        }
        if (!Objects.equals(password, repeat)) {
            return form(HttpStatus.UNPROCESSABLE_CONTENT, token, Pages.PASSWORDS_DIFFER);
        }
        try {
            resets.confirm(token, password);
        } catch (DomainException e) {
            if (e.errorCode() == ErrorCode.INVALID_RESET_TOKEN) {
                throttle.count(request);
                return invalidLink();
            }
            return form(HttpStatus.UNPROCESSABLE_CONTENT, token, e.getMessage());
        }
        return page("reset-done");
    }

    private static ModelAndView form(HttpStatus status, String token, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("token", token);
        model.put("error", error);
        return page("reset", status, model);
    }

    private static ModelAndView invalidLink() {
        return page("reset-invalid", HttpStatus.UNPROCESSABLE_CONTENT);
    }
}
