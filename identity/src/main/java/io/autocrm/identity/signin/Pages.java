package io.autocrm.identity.signin;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** What the identity pages under {@code /login} ({@code templates/signin}) answer alike. */
public final class Pages {

    public static final String PASSWORDS_DIFFER = "The two passwords differ; type the same one twice.";

    private Pages() {
    }

    /** The template {@code signin/<name>.html} with its model, answered with {@code status}. */
    public static ModelAndView page(String name, HttpStatus status, Map<String, ?> model) {
        return new ModelAndView("signin/" + name, model, status);
    }

    public static ModelAndView page(String name, HttpStatus status) {
        return page(name, status, Map.of());
    }

    public static ModelAndView page(String name) {
        return page(name, HttpStatus.OK);
    }

    /** {@link PageThrottle} said no: the same page whatever the address, with nothing about any account. */
    public static ModelAndView tooManyAttempts() {
        return page("too-many", HttpStatus.TOO_MANY_REQUESTS);
    }
}
