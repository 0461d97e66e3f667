package io.autocrm.identity.account;

import io.autocrm.platform.database.ConfigurationHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Settings an admin changes at run time ({@code identity.setting}); read on every use, so every node agrees. */
@Repository
public class IdentitySettings {

    private static final String CUSTOMER_SIGNUP = "customer_signup";
    private final JdbcClient jdbc;
    private final ConfigurationHistory history;

    IdentitySettings(JdbcClient jdbc, ConfigurationHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    /** Whether customers may sign themselves up (off until an admin allows it). */
    public boolean customerSignup() {
        return jdbc.sql("SELECT value FROM identity.setting WHERE key = ?").param(CUSTOMER_SIGNUP)
                .query(String.class).optional().map(Boolean::parseBoolean).orElse(false);
    }

    void customerSignup(boolean enabled) {
        history.write(() -> jdbc.sql("""
                INSERT INTO identity.setting (key, value) VALUES (?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()""")
                .params(CUSTOMER_SIGNUP, Boolean.toString(enabled)).update());
    }
}
