package io.autocrm.identity.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.access.Caller;
import io.autocrm.access.Scope;
import io.autocrm.identity.apikey.ApiKeys.ActiveKey;
import io.autocrm.identity.apikey.ApiKeys.IssuedKey;
import io.autocrm.identity.throttle.Throttles;
import io.autocrm.platform.database.ConfigurationHistory;
import io.autocrm.testsupport.ConfigurationWrites;
import io.autocrm.testsupport.TestPostgres;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issuing, recognising, revoking and bootstrapping keys against a real PostgreSQL with the real migrations. */
class ApiKeyStoreTest {

    private static final String BOOTSTRAP = "acrm_bootstrap-store-test-0123456789abcdef";

    private final DataSource dataSource = TestPostgres.freshMigratedDataSource();
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final ApiKeyStore store = new ApiKeyStore(jdbc, ConfigurationHistory.on(dataSource, () -> Caller.SYSTEM));
    private final KeyUsage usage = new KeyUsage(store, new Throttles(dataSource));
    private final ApiKeys keys = new ApiKeys(store, usage);

    @AfterEach
    void tearDown() throws InterruptedException {
        usage.destroy();
    }

    @Test
    void recognisesAnIssuedKeyWithItsScopesAndLimit() {
        IssuedKey issued = keys.issue("Sync", EnumSet.of(Scope.TICKETS_READ, Scope.EVENTS_READ), null, 42, "user:x");

        ActiveKey active = keys.authenticate(issued.key()).orElseThrow();

        assertThat(active.id()).isEqualTo(issued.apiKey().id());
        assertThat(active.scopes()).containsExactlyInAnyOrder(Scope.TICKETS_READ, Scope.EVENTS_READ);
        assertThat(active.rateLimitPerMinute()).isEqualTo(42);
        assertThat(keys.find(active.id()).orElseThrow().scopes()).containsExactly("tickets:read", "events:read");
        byte[] stored = jdbc.sql("SELECT secret_hash FROM identity.api_key WHERE id = ?").param(active.id())
                .query(byte[].class).single();
        assertThat(stored).isEqualTo(ApiKeyFormat.hash(issued.key()));
    }

    @Test
    void recognisesNothingElse() {
        IssuedKey issued = keys.issue("Sync", Set.of(Scope.TICKETS_READ), null, 10, "user:x");
        String key = issued.key();

        assertThat(keys.authenticate(key + "x")).isEmpty();
        assertThat(keys.authenticate(key.substring(0, 14) + "A".repeat(43))).isEmpty();
        assertThat(keys.authenticate("acrm_zzzzzzzz" + key.substring(13))).isEmpty();
    }

    @Test
    void forgetsRevokedAndExpiredKeysAtOnce() {
        IssuedKey revoked = keys.issue("Revoked", Set.of(Scope.TICKETS_READ), null, 10, "user:x");
        IssuedKey expiring = keys.issue("Expiring", Set.of(Scope.TICKETS_READ),
                Instant.now().plus(1, ChronoUnit.HOURS), 10, "user:x");
        assertThat(keys.authenticate(expiring.key())).isPresent();

        keys.revoke(revoked.apiKey().id());
        Instant revokedAt = keys.find(revoked.apiKey().id()).orElseThrow().revokedAt();
        keys.revoke(revoked.apiKey().id());
        ConfigurationWrites.write(dataSource, jdbc -> jdbc.sql(
                        "UPDATE identity.api_key SET expires_at = now() - interval '1 second' WHERE id = ?")
                .param(expiring.apiKey().id()).update());

        assertThat(keys.authenticate(revoked.key())).isEmpty();
        assertThat(keys.authenticate(expiring.key())).isEmpty();
        assertThat(keys.find(revoked.apiKey().id()).orElseThrow().revokedAt()).as("first revocation kept")
                .isEqualTo(revokedAt);
        assertThat(keys.find(expiring.apiKey().id()).orElseThrow().active()).isFalse();
    }

    @Test
    void createsTheBootstrapKeyOnceWhenNodesStartTogether() throws Exception {
        for (int round = 0; round < 25; round++) {
            ConfigurationWrites.write(dataSource, jdbc -> jdbc.sql("DELETE FROM identity.api_key").update());
            CyclicBarrier together = new CyclicBarrier(4);
            List<Callable<Void>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                starts.add(() -> {
                    together.await();
                    bootstrap(BOOTSTRAP, 6000);
                    return null;
                });
            }
            try (ExecutorService nodes = Executors.newFixedThreadPool(4)) {
                for (Future<Void> start : nodes.invokeAll(starts)) {
                    start.get();
                }
            }
        }

        assertThat(jdbc.sql("SELECT count(*) FROM identity.api_key").query(Long.class).single()).isEqualTo(1);
        ActiveKey active = keys.authenticate(BOOTSTRAP).orElseThrow();
        assertThat(active.id()).isEqualTo(BootstrapApiKey.ID);
        assertThat(active.scopes()).containsExactly(Scope.ADMIN);
        assertThat(active.rateLimitPerMinute()).isEqualTo(6000);
        ApiKeyView view = keys.find(BootstrapApiKey.ID).orElseThrow();
        assertThat(view.name()).isEqualTo("bootstrap");
        assertThat(view.createdBy()).isEqualTo("system");
    }

    @Test
    void replacesTheBootstrapSecretWhenItChanges() {
        bootstrap(BOOTSTRAP, 6000);
        String rotated = "acrm_rotated-bootstrap-key-0123456789abcdefgh";

        bootstrap(rotated, 120);

        assertThat(keys.authenticate(BOOTSTRAP)).isEmpty();
        assertThat(keys.authenticate(rotated).orElseThrow().rateLimitPerMinute()).isEqualTo(120);
        assertThat(keys.find(BootstrapApiKey.ID).orElseThrow().prefix()).isEqualTo("acrm_rotated-");
    }

    @Test
    void keepsARevokedBootstrapKeyRevokedUntilItsSecretChanges() {
        bootstrap(BOOTSTRAP, 6000);
        keys.revoke(BootstrapApiKey.ID);

        bootstrap(BOOTSTRAP, 6000);
        assertThat(keys.authenticate(BOOTSTRAP)).as("restart with the same, revoked secret").isEmpty();

        String rotated = "acrm_rotated-bootstrap-key-0123456789abcdefgh";
        bootstrap(rotated, 6000);
        assertThat(keys.authenticate(rotated)).as("a new secret lifts the revocation").isPresent();
    }

    @Test
    void neverMovesTheLastUseBackwards() {
        IssuedKey issued = keys.issue("Used", Set.of(Scope.TICKETS_READ), null, 10, "user:x");
        UUID id = issued.apiKey().id();
        Instant later = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        store.touch(id, later);
        store.touch(id, later.minusSeconds(60));

        assertThat(keys.find(id).orElseThrow().lastUsedAt()).isEqualTo(later);
    }

    private void bootstrap(String key, int rateLimit) {
        new BootstrapApiKey(new BootstrapKeyProperties(key, rateLimit), store).afterPropertiesSet();
    }
}
