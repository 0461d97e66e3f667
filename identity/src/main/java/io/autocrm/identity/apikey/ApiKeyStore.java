package io.autocrm.identity.apikey;

import io.autocrm.access.Scope;
import io.autocrm.events.common.Actor;
import io.autocrm.platform.database.ConfigurationHistory;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The API keys in {@code identity.api_key}. */
@Repository
class ApiKeyStore {

    private static final String COLUMNS = "SELECT id, name, prefix, secret_hash, scopes, rate_limit_per_minute, "
            + "expires_at, revoked_at, last_used_at, created_by, created_at FROM identity.api_key ";

    /** The bootstrap key is created and rotated by AutoCRM at start-up, from its configuration. */
    private static final Actor BOOTSTRAP = ConfigurationHistory.system("bootstrap-key");
    private final JdbcClient jdbc;
    private final ConfigurationHistory history;

    ApiKeyStore(JdbcClient jdbc, ConfigurationHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the prefix is taken */
    void insert(StoredKey key) {
        history.write(() -> jdbc.sql("""
                INSERT INTO identity.api_key (id, name, prefix, secret_hash, scopes, rate_limit_per_minute,
                                              expires_at, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(key.id(), key.name(), key.prefix(), key.secretHash(), scopeKeys(key.scopes()),
                        key.rateLimitPerMinute(), timestamp(key.expiresAt()), key.createdBy(),
                        timestamp(key.createdAt()))
                .update());
    }

    List<StoredKey> all() {
        return jdbc.sql(COLUMNS + "ORDER BY created_at DESC, id").query(ApiKeyStore::row).list();
    }

    Optional<StoredKey> find(UUID id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(ApiKeyStore::row).optional();
    }

    Optional<StoredKey> findByPrefix(String prefix) {
        return jdbc.sql(COLUMNS + "WHERE prefix = ?").param(prefix).query(ApiKeyStore::row).optional();
    }

    /** Revokes the key unless it already is; false when there is no such key. */
    boolean revoke(UUID id, Instant at) {
        return history.write(() -> jdbc.sql(
                        "UPDATE identity.api_key SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?")
                .params(timestamp(at), id).update()) > 0;
    }

    /** Records a use; never moves the time backwards. */
    void touch(UUID id, Instant at) {
        jdbc.sql("UPDATE identity.api_key SET last_used_at = ? WHERE id = ? "
                        + "AND (last_used_at IS NULL OR last_used_at < ?)")
                .params(timestamp(at), id, timestamp(at)).update();
    }

    /**
     * Creates the bootstrap key, or points it at a changed secret. A new secret lifts an earlier revocation (the
     * operator rotated the key); the same secret stays revoked if it was. Safe when several nodes start at once.
     *
     * @return whether the key is revoked after the update
     * @throws org.springframework.dao.DuplicateKeyException when another key has the same prefix
     */
    boolean upsertBootstrap(UUID id, String prefix, byte[] secretHash, int rateLimitPerMinute) {
        return ConfigurationHistory.actingAs(BOOTSTRAP, () -> history.write(() -> jdbc.sql("""
                INSERT INTO identity.api_key (id, name, prefix, secret_hash, scopes, rate_limit_per_minute, created_by)
                VALUES (?, 'bootstrap', ?, ?, ARRAY['admin'], ?, 'system')
                ON CONFLICT (id) DO UPDATE SET
                    name = EXCLUDED.name,
                    scopes = EXCLUDED.scopes,
                    rate_limit_per_minute = EXCLUDED.rate_limit_per_minute,
                    expires_at = NULL,
                    revoked_at = CASE WHEN api_key.secret_hash = EXCLUDED.secret_hash
                                      THEN api_key.revoked_at END,
                    prefix = EXCLUDED.prefix,
                    secret_hash = EXCLUDED.secret_hash
                RETURNING revoked_at IS NOT NULL""")
                .params(id, prefix, secretHash, rateLimitPerMinute)
                .query(Boolean.class).single()));
    }

    private static StoredKey row(ResultSet rs, int rowNum) throws SQLException {
        return new StoredKey(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("prefix"),
                rs.getBytes("secret_hash"), scopes(rs.getArray("scopes")), rs.getInt("rate_limit_per_minute"),
                instant(rs, "expires_at"), instant(rs, "revoked_at"), instant(rs, "last_used_at"),
                rs.getString("created_by"), instant(rs, "created_at"));
    }

    /** Keys of scopes no longer known are dropped: a key never gains anything from them. */
    private static Set<Scope> scopes(Array array) throws SQLException {
        String[] keys = (String[]) array.getArray();
        return Arrays.stream(keys).map(Scope::fromKey).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope.class)));
    }

    private static String[] scopeKeys(Set<Scope> scopes) {
        return scopes.stream().sorted().map(Scope::key).toArray(String[]::new);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
