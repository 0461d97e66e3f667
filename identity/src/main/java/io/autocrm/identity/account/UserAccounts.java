package io.autocrm.identity.account;

import io.autocrm.access.Role;
import io.autocrm.platform.database.ConfigurationHistory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The login accounts in {@code identity.user_account}. Emails are unique ignoring case. */
@Repository
public class UserAccounts {

    private static final String COLUMNS = "SELECT id, email, role, password_hash, enabled, created_at, updated_at, "
            + "password_changed_at FROM identity.user_account ";
    private final JdbcClient jdbc;
    private final ConfigurationHistory history;

    UserAccounts(JdbcClient jdbc, ConfigurationHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    public Optional<UserAccount> find(UUID id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(UserAccounts::map).optional();
    }

    public Optional<UserAccount> findByEmail(String email) {
        return jdbc.sql(COLUMNS + "WHERE lower(email) = lower(?)").param(email.trim()).query(UserAccounts::map)
                .optional();
    }

    /** Accounts ordered by email, after {@code afterEmail} (a cursor; null for the first page). */
    List<UserAccount> page(Role role, String afterEmail, int limit) {
        return jdbc.sql(COLUMNS + "WHERE (CAST(? AS TEXT) IS NULL OR role = ?) "
                        + "AND (CAST(? AS TEXT) IS NULL OR lower(email) > lower(?)) ORDER BY lower(email) LIMIT ?")
                .params(role == null ? null : role.key(), role == null ? null : role.key(), afterEmail, afterEmail,
                        limit)
                .query(UserAccounts::map).list();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the id or the email has a login already */
    public void create(UUID id, String email, Role role, String passwordHash) {
        history.write(() -> jdbc.sql("""
                INSERT INTO identity.user_account (id, email, role, password_hash, password_changed_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(id, email.trim(), role.key(), passwordHash,
                        passwordHash == null ? null : Timestamp.from(Instant.now())).update());
    }

    public void changePassword(UUID id, String passwordHash) {
        history.write(() -> jdbc.sql("UPDATE identity.user_account SET password_hash = ?, password_changed_at = now(), "
                + "updated_at = now() WHERE id = ?").params(passwordHash, id).update());
    }

    public void changeRole(UUID id, Role role) {
        history.write(() -> jdbc.sql("UPDATE identity.user_account SET role = ?, updated_at = now() WHERE id = ?")
                .params(role.key(), id).update());
    }

    void changeEnabled(UUID id, boolean enabled) {
        history.write(() -> jdbc.sql("UPDATE identity.user_account SET enabled = ?, updated_at = now() WHERE id = ?")
                .params(enabled, id).update());
    }

    /** Locks the enabled admins' rows until the transaction ends and counts them. */
    long lockEnabledAdmins() {
        return jdbc.sql("SELECT id FROM identity.user_account WHERE role = 'admin' AND enabled FOR UPDATE")
                .query(UUID.class).list().size();
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getObject("id", UUID.class), rs.getString("email"), Role.fromKey(rs.getString("role")),
                rs.getString("password_hash"), rs.getBoolean("enabled"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")), instant(rs.getTimestamp("password_changed_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
