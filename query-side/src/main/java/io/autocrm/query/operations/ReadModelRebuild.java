package io.autocrm.query.operations;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.platform.database.MigrationConfiguration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Rebuilds every read model from the event store: stops the processors, drops the read-model schema (tables and
 * tokens together), migrates it afresh, drops its secondary indexes for the replay ({@link DeferredIndexes}) and
 * starts the processors, which replay from the first event. Once they have caught up, the indexes are created and the
 * read-model tables vacuumed and analyzed ({@link ReadModelVacuum}): a replay leaves the planner without statistics
 * and the tables with dead row versions. A node that starts while indexes are still deferred (the rebuilding node
 * stopped before the end) finishes that step. Also reports how far each processor has come.
 */
@Service
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    private final EventProcessingConfiguration processing;
    private final Flyway readModelFlyway;
    private final JdbcClient jdbc;
    private final EventStore eventStore;
    private final ReadModelVacuum vacuum;
    private final DeferredIndexes indexes;
    private final TokenStore readModelTokens;
    private final ProgressRates rates = new ProgressRates(Instant::now);

    ReadModelRebuild(EventProcessingConfiguration processing,
            @Qualifier(MigrationConfiguration.READ_MODEL_FLYWAY) Flyway readModelFlyway, JdbcClient jdbc,
            EventStore eventStore, ReadModelVacuum vacuum, DeferredIndexes indexes, TokenStore readModelTokens) {
        this.processing = processing;
        this.readModelTokens = readModelTokens;
        this.readModelFlyway = readModelFlyway;
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.vacuum = vacuum;
        this.indexes = indexes;
    }

    /** Finishes an earlier rebuild's last step if that node stopped before it. */
    @EventListener(ApplicationReadyEvent.class)
    public void finishAnInterruptedRebuild() {
        if (indexes.pending()) {
            log.info("Read-model indexes are still deferred by an unfinished rebuild; creating them once caught up");
            vacuum.onceCaughtUp(this::caughtUp);
        }
    }

    /**
     * Drops and replays all read models; returns once the processors have restarted (replay runs on). Refuses while
     * another node's processors still claim segments: they would write into the schema being dropped.
     */
    public synchronized List<ProcessorProgress> rebuild() {
        List<EventProcessor> processors = readModelProcessors().map(EventProcessor.class::cast).toList();
        log.info("Rebuilding read models: stopping {} processors", processors.size());
        processors.forEach(EventProcessor::shutDown);
        long foreignClaims = jdbc.sql("SELECT count(*) FROM read_model.token_entry WHERE owner IS NOT NULL")
                .query(Long.class).single();
        if (foreignClaims > 0) {
            processors.forEach(EventProcessor::start);
            throw new DomainException(ErrorCode.READ_MODELS_IN_USE, "Other nodes hold " + foreignClaims
                    + " segment claims on the read models; stop their query processes, then rebuild.");
        }
        jdbc.sql("DROP SCHEMA IF EXISTS " + MigrationConfiguration.READ_MODEL_SCHEMA + " CASCADE").update();
        readModelFlyway.migrate();
        indexes.defer();
        processors.forEach(EventProcessor::start);
        log.info("Read-model schema recreated; processors replaying from the first event");
        vacuum.onceCaughtUp(this::caughtUp);
        return progress();
    }

    private boolean caughtUp() {
        List<ProcessorProgress> progress = progress();
        return !progress.isEmpty() && progress.stream().allMatch(ProcessorProgress::upToDate);
    }

    /** Each read-model processor's position against the head of the event store. */
    public List<ProcessorProgress> progress() {
        return progressOf(readModelProcessors()).toList();
    }

    /** Each of the other streaming processors' (the command side's process managers') position, likewise. */
    public List<ProcessorProgress> processManagerProgress() {
        return progressOf(streamingProcessors().filter(processor -> !isReadModel(processor)))
                .sorted(Comparator.comparing(ProcessorProgress::name)).toList();
    }

    /** The processors' positions against the head, each with its rate of progress. */
    private Stream<ProcessorProgress> progressOf(Stream<StreamingEventProcessor> processors) {
        long head = head();
        return processors.map(p -> ProcessorProgress.of(p, head)).map(p -> p.at(rates.record(p.name(), p.position())));
    }

    /**
     * One streaming processor's position against the head of the event store, if it runs here: a read model's or a
     * process manager's (the lag metrics cover both).
     */
    public Optional<ProcessorProgress> progress(String processorName) {
        return streamingProcessors().filter(p -> p.getName().equals(processorName)).findFirst()
                .map(p -> ProcessorProgress.of(p, head()));
    }

    /** The position of the newest event, from Axon's event store (the JDBC store or Axon Server alike). */
    private long head() {
        TrackingToken token = eventStore.createHeadToken();
        return token == null ? 0 : token.position().orElse(0);
    }

    /**
     * The streaming processors whose tokens are the read models' (the schema a rebuild drops). The command side's
     * process managers keep theirs elsewhere and are neither stopped, nor replayed, nor reported here.
     */
    private Stream<StreamingEventProcessor> readModelProcessors() {
        return streamingProcessors().filter(this::isReadModel);
    }

    private boolean isReadModel(StreamingEventProcessor processor) {
        return processing.tokenStore(processor.getName()) == readModelTokens;
    }

    private Stream<StreamingEventProcessor> streamingProcessors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast);
    }
}
