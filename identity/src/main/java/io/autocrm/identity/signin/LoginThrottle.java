package io.autocrm.identity.signin;

import io.autocrm.identity.config.SecurityProperties;
import io.autocrm.identity.throttle.Limit;
import io.autocrm.identity.throttle.Throttle;
import io.autocrm.identity.throttle.Throttles;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code max-per-email} failed sign-ins for one address, or {@code max-per-address}
 * from one client address, within the window, further attempts are refused until the window that began with the
 * first of them has passed. Counts are kept in PostgreSQL ({@code identity.sign_in_email_throttle},
 * {@code identity.sign_in_address_throttle}), so they hold across nodes, and are kept for addresses with or without
 * an account alike.
 */
@Component
public class LoginThrottle {

    private final Throttle byEmail;
    private final Throttle byAddress;
    private final Limit perEmail;
    private final Limit perAddress;

    LoginThrottle(Throttles throttles, SecurityProperties properties) {
        this.byEmail = throttles.in("identity.sign_in_email_throttle");
        this.byAddress = throttles.in("identity.sign_in_address_throttle");
        SecurityProperties.Login settings = properties.login();
        this.perEmail = Limit.perWindow(settings.maxPerEmail(), settings.window());
        this.perAddress = Limit.perWindow(settings.maxPerAddress(), settings.window());
    }

    public boolean refused(String email, String remoteAddress) {
        return byEmail.secondsUntilAllowed(key(email), perEmail) > 0
                || byAddress.secondsUntilAllowed(remoteAddress, perAddress) > 0;
    }

    public void failed(String email, String remoteAddress) {
        byEmail.take(key(email), perEmail);
        byAddress.take(remoteAddress, perAddress);
    }

    /**
     * Forgets the failures counted for the address (not those of client addresses): after a successful sign-in, a
     * password reset by the mailbox's owner, or the person's erasure.
     */
    public void forget(String email) {
        byEmail.forget(key(email));
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
