package io.autocrm.identity.signin;

import io.autocrm.identity.config.SecurityProperties;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code max-per-email} failed sign-ins for one address, or {@code max-per-address}
 * from one client address, within the window, further attempts are refused until the window has passed. Counts are
 * kept in PostgreSQL, so they hold across nodes, and are kept for addresses with or without an account alike.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final SecurityProperties.Login settings;

    LoginThrottle(JdbcClient jdbc, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.settings = properties.login();
    }

    public boolean refused(String email, String remoteAddress) {
        Timestamp since = Timestamp.from(Instant.now().minus(settings.window()));
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM identity.login_failure WHERE email = ? AND failed_at > ?) >= ?
                            OR (SELECT count(*) FROM identity.login_failure WHERE remote_addr = ? AND failed_at > ?) >= ?""")
                .params(key(email), since, settings.maxPerEmail(), remoteAddress, since, settings.maxPerAddress())
                .query(Boolean.class).single();
    }

    public void failed(String email, String remoteAddress) {
        jdbc.sql("INSERT INTO identity.login_failure (email, remote_addr) VALUES (?, ?)")
                .params(key(email), remoteAddress).update();
    }

    /** A successful sign-in forgets the address's failures (not the client address's). */
    public void succeeded(String email) {
        jdbc.sql("DELETE FROM identity.login_failure WHERE email = ?").param(key(email)).update();
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void forgetOldFailures() {
        jdbc.sql("DELETE FROM identity.login_failure WHERE failed_at < ?")
                .param(Timestamp.from(Instant.now().minus(settings.window()))).update();
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
