package io.autocrm.app.readmodel;

import io.autocrm.app.database.MigrationConfiguration;
import java.util.Collection;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;

/**
 * Rebuilds every read model from the event store: stops the processors, drops the read-model schema (tables and
 * tokens together), migrates it afresh and starts the processors, which replay from the first event. Also reports how
 * far each processor has come.
 */
@Service
@Profile("!command")
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    private final EventProcessingConfiguration processing;
    private final Flyway readModelFlyway;
    private final JdbcClient jdbc;

    ReadModelRebuild(EventProcessingConfiguration processing,
            @Qualifier(MigrationConfiguration.READ_MODEL_FLYWAY) Flyway readModelFlyway, JdbcClient jdbc) {
        this.processing = processing;
        this.readModelFlyway = readModelFlyway;
        this.jdbc = jdbc;
    }

    /** Drops and replays all read models; returns once the processors have restarted (replay runs on). */
    public synchronized List<ProcessorProgress> rebuild() {
        Collection<EventProcessor> processors = processing.eventProcessors().values();
        log.info("Rebuilding read models: stopping {} processors", processors.size());
        processors.forEach(EventProcessor::shutDown);
        jdbc.sql("DROP SCHEMA IF EXISTS " + MigrationConfiguration.READ_MODEL_SCHEMA + " CASCADE").update();
        readModelFlyway.migrate();
        processors.forEach(EventProcessor::start);
        log.info("Read-model schema recreated; processors replaying from the first event");
        return progress();
    }

    /** Each streaming processor's position against the head of the event store. */
    public List<ProcessorProgress> progress() {
        long head = jdbc.sql("SELECT coalesce(max(global_index), 0) FROM events.domain_event_entry")
                .query(Long.class).single();
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .map(p -> ProcessorProgress.of(p, head))
                .toList();
    }
}
