package io.autocrm.identity.throttle;

import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link Throttle} of each table (created by the core migrations: {@code id TEXT PRIMARY KEY, state BYTEA,
 * expires_at BIGINT}) and removes the buckets that are full again, which changes nothing for their keys. Bucket
 * times are the nodes' wall clocks: keep them in sync (NTP), as for the tokens the issuer signs.
 */
@Component
public class Throttles {

    /** How long a bucket is kept after it would be full again. */
    static final Duration KEPT_WHEN_FULL = Duration.ofSeconds(10);
    private static final int REMOVAL_BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(Throttles.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Map<String, PostgreSQLSelectForUpdateBasedProxyManager<String>> managers = new ConcurrentHashMap<>();
    /** Per table, this node's bucket proxies; dropped with each expiry run so that keys seen once do not pile up. */
    private final Map<String, ConcurrentMap<Throttle.BucketKey, BucketProxy>> proxies = new ConcurrentHashMap<>();

    public Throttles(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The throttle kept in {@code table} (schema-qualified); one per kind of limit. */
    public Throttle in(String table) {
        return new Throttle(table, managers.computeIfAbsent(table, this::manager),
                proxies.computeIfAbsent(table, t -> new ConcurrentHashMap<>()), jdbc);
    }

    private PostgreSQLSelectForUpdateBasedProxyManager<String> manager(String table) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource).primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(table).idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_WHEN_FULL))
                .build();
    }

    /** Removes the expired buckets of every table; rows locked by a request at that moment wait for the next run. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void removeExpired() {
        proxies.values().forEach(Map::clear);
        for (Map.Entry<String, PostgreSQLSelectForUpdateBasedProxyManager<String>> table : List.copyOf(
                managers.entrySet())) {
            try {
                int removed;
                do {
                    removed = table.getValue().removeExpired(REMOVAL_BATCH);
                } while (removed == REMOVAL_BATCH);
            } catch (RuntimeException e) {
                log.warn("Could not remove the expired buckets of {}: {}", table.getKey(), e.toString());
            }
        }
    }
}
