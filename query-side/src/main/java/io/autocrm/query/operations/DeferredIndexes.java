package io.autocrm.query.operations;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the read models' secondary indexes out of a replay's way. Maintaining the queue table's dozen indexes row by
 * row was most of PostgreSQL's work in a rebuild, and got worse as the table outgrew memory; building each index once,
 * over the finished table, is a single sort. {@link #defer} drops them right after the schema is created, keeping their
 * definitions in {@code read_model.deferred_index}; {@link #restore} creates them again once the processors have
 * caught up. Both run in one transaction each, so the definitions are never lost: a node that starts while some are
 * pending restores them (see {@link ReadModelRebuild}). Primary keys and unique constraints stay, as the projections'
 * upserts need them; the projections write by primary key only, so their writes never need what was dropped.
 * Queue reads during the replay scan the table instead.
 */
@Component
public class DeferredIndexes {

    private static final Logger log = LoggerFactory.getLogger(DeferredIndexes.class);
    /** The tables whose secondary indexes wait; their projections write by primary key only. */
    private static final List<String> TABLES = List.of("ticket", "ticket_message");
    /** One node at a time restores (any node may start with indexes pending). */
    private static final long LOCK = 0x6175746f63726dL;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DeferredIndexes(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Drops the secondary indexes of a freshly created (empty) read-model schema; answers how many. */
    public int defer() {
        Integer deferred = transaction.execute(status -> {
            List<String> names = jdbc.sql("""
                    INSERT INTO read_model.deferred_index (name, definition)
                    SELECT i.indexname, i.indexdef FROM pg_indexes i
                    WHERE i.schemaname = 'read_model' AND i.tablename = ANY(?)
                      AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                                      WHERE c.conindid = format('read_model.%I', i.indexname)::regclass)
                    RETURNING name""").param(TABLES.toArray(String[]::new)).query(String.class).list();
            names.forEach(name -> jdbc.sql("DROP INDEX read_model." + quoted(name)).update());
            return names.size();
        });
        log.info("Deferred {} secondary read-model indexes until the replay has caught up", deferred);
        return deferred == null ? 0 : deferred;
    }

    public boolean pending() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM read_model.deferred_index)").query(Boolean.class).single();
    }

    /** Creates the deferred indexes and forgets them, in one transaction; answers how many it created. */
    int restore() {
        long started = System.nanoTime();
        Integer restored = transaction.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query((rs, row) -> 1).list();
            jdbc.sql("SET LOCAL maintenance_work_mem = '256MB'").update();
            List<String> definitions = jdbc.sql("DELETE FROM read_model.deferred_index RETURNING definition")
                    .query(String.class).list();
            definitions.forEach(definition -> jdbc.sql(definition.replaceFirst("^CREATE (UNIQUE )?INDEX ",
                    "CREATE $1INDEX IF NOT EXISTS ")).update());
            return definitions.size();
        });
        int count = restored == null ? 0 : restored;
        if (count > 0) {
            log.info("Created the {} deferred read-model indexes in {} ms", count,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
        return count;
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
