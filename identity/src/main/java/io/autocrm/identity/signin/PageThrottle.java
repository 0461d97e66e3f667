package io.autocrm.identity.signin;

import io.autocrm.identity.config.SecurityProperties;
import io.autocrm.identity.throttle.Limit;
import io.autocrm.identity.throttle.Throttle;
import io.autocrm.identity.throttle.Throttles;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Slows down abuse of the public forms under {@code /login} and their API twins under {@code /api/v1/auth}: every
 * request that may send a mail and every refused link counts against the client address, and after sign-in's
 * {@code max-per-address} of them within its window ({@code autocrm.security.login}) both refuse until the window has
 * passed. The counts have a table of their own ({@code identity.form_address_throttle}), apart from failed sign-ins,
 * so they never lock anyone out of signing in, and they hold across nodes.
 */
@Component
public class PageThrottle {

    private final Throttle throttle;
    private final Limit limit;

    PageThrottle(Throttles throttles, SecurityProperties properties) {
        this.throttle = throttles.in("identity.form_address_throttle");
        SecurityProperties.Login login = properties.login();
        this.limit = Limit.perWindow(login.maxPerAddress(), login.window());
    }

    public boolean refused(HttpServletRequest request) {
        return retryAfterSeconds(request) > 0;
    }

    /** Seconds until this address may send a form again; 0 when it may now. */
    public long retryAfterSeconds(HttpServletRequest request) {
        return throttle.secondsUntilAllowed(request.getRemoteAddr(), limit);
    }

    public void count(HttpServletRequest request) {
        throttle.take(request.getRemoteAddr(), limit);
    }
}
