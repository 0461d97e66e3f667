package io.autocrm.command.ticket;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code Idempotency-Key} bookkeeping in {@code events.idempotency_key}: which request (by hash) first used a key and
 * which resource it stands for.
 */
@Repository
class IdempotencyKeys {

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the key for this request unless already recorded; answers the record that holds (first one wins). */
    StoredKey claim(String scope, String key, String requestHash, UUID resourceId) {
        jdbc.sql("""
                INSERT INTO events.idempotency_key (scope, key, request_hash, resource_id) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""").params(scope, key, requestHash, resourceId).update();
        return jdbc.sql("SELECT request_hash, resource_id FROM events.idempotency_key WHERE scope = ? AND key = ?")
                .params(scope, key).query(StoredKey.class).single();
    }

    /** Forgets a key recorded for this request, when the request it stood for failed and created nothing. */
    void release(String scope, String key, String requestHash) {
        jdbc.sql("DELETE FROM events.idempotency_key WHERE scope = ? AND key = ? AND request_hash = ?")
                .params(scope, key, requestHash).update();
    }

    /** What a key was first used for. */
    record StoredKey(String requestHash, UUID resourceId) {
    }
}
