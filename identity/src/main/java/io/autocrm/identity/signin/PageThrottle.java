package io.autocrm.identity.signin;

import io.autocrm.identity.config.SecurityProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down abuse of the public forms under {@code /login} and their API twins under {@code /api/v1/auth}: every
 * request that may send a mail and every refused link counts against the client address, and after sign-in's
 * {@code max-per-address} of them within its window ({@code autocrm.security.login}) both refuse until the window has
 * passed. The counts live with the failed
 * sign-ins ({@code identity.login_failure}, purged with them) under a client address of their own
 * ({@value #PREFIX}…), so they never lock anyone out of signing in, and they hold across nodes.
 */
@Component
public class PageThrottle {

    public static final String PREFIX = "form:";
    private final JdbcClient jdbc;
    private final SecurityProperties.Login limits;

    PageThrottle(JdbcClient jdbc, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.limits = properties.login();
    }

    public boolean refused(HttpServletRequest request) {
        return jdbc.sql("SELECT count(*) FROM identity.login_failure WHERE remote_addr = ? AND failed_at > ?")
                .params(key(request), Timestamp.from(Instant.now().minus(limits.window())))
                .query(Long.class).single() >= limits.maxPerAddress();
    }

    /** Seconds until the oldest counted request of this address leaves the window (at least 1). */
    public long retryAfterSeconds(HttpServletRequest request) {
        Instant oldest = jdbc.sql("SELECT coalesce(min(failed_at), now()) FROM identity.login_failure "
                        + "WHERE remote_addr = ? AND failed_at > ?")
                .params(key(request), Timestamp.from(Instant.now().minus(limits.window())))
                .query(Timestamp.class).single().toInstant();
        long seconds = java.time.Duration.between(Instant.now(), oldest.plus(limits.window())).toSeconds();
        return Math.max(1, seconds);
    }

    public void count(HttpServletRequest request) {
        jdbc.sql("INSERT INTO identity.login_failure (email, remote_addr) VALUES ('', ?)").param(key(request)).update();
    }

    private static String key(HttpServletRequest request) {
        return PREFIX + request.getRemoteAddr();
    }
}
