package io.autocrm.platform.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.autocrm.json.EventStoreJson;
import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The names of Axon's tables (created by Flyway, see db/core and db/readmodel), the serializer's ObjectMapper and the
 * snapshot policy, the event store and its storage engine. Axon's own JDBC auto-configuration builds the token store
 * and dead-letter queues from these beans.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("events.domain_event_entry")
                .snapshotTable("events.snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /** Tokens live with the read models, so dropping that schema restarts every projection from the beginning. */
    @Bean
    TokenSchema tokenSchema() {
        return tokenSchema("read_model.token_entry");
    }

    /** The layout of a token table of ours (read models', process managers'): Axon's columns in snake case. */
    static TokenSchema tokenSchema(String table) {
        return TokenSchema.builder()
                .setTokenTable(table)
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("read_model.dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    /** Jackson 2 for Axon (Boot 4's HTTP layer uses Jackson 3): the json module's one event-store mapper. */
    @Bean("defaultAxonObjectMapper")
    ObjectMapper defaultAxonObjectMapper() {
        return EventStoreJson.mapper();
    }

    /** The upcasters of every event revision ever stored; Axon's storage engine reads through them. */
    @Bean
    EventUpcasterChain eventUpcasters() {
        return EventUpcasters.chain();
    }

    /**
     * Every unit of work (command handling, a projection's batch) runs in a Spring transaction on the application's
     * DataSource, so events, personal-data rows, read-model rows and tokens commit together. Declared here because
     * Axon 4.13's auto-configuration looks for the PlatformTransactionManager before Boot 4 has created it and would
     * otherwise fall back to a no-op transaction manager.
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    /**
     * The event store: Axon's embedded one (as Axon's auto-configuration would build it) made prompt, see
     * {@link PromptEventStore}. Its poll of the database ({@code autocrm.event-store.poll-interval}) is only the
     * fallback for a lost announcement from another node.
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    PromptEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
            CommitAnnouncer announcer, @Value("${autocrm.event-store.poll-interval:1s}") Duration poll) {
        EmbeddedEventStore.Builder builder = EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(poll.toMillis());
        return new PromptEventStore(builder, announcer::committed);
    }

    /**
     * The JDBC storage engine exactly as Axon's auto-configuration builds it; declared here because that
     * auto-configuration steps back as soon as an event bus is declared (above).
     */
    @Bean
    EventStorageEngine eventStorageEngine(@Qualifier("serializer") Serializer snapshotSerializer,
            @Qualifier("eventSerializer") Serializer eventSerializer, org.axonframework.config.Configuration configuration, ConnectionProvider connectionProvider,
            TransactionManager transactionManager, EventSchema schema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(new JdbcSQLErrorCodesResolver())
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(schema)
                .build();
    }

    @Bean
    CommitAnnouncer commitAnnouncer(DataSource dataSource) {
        return new CommitAnnouncer(dataSource);
    }

    /** Tickets take a snapshot every {@code autocrm.snapshot-threshold} events, so long tickets load fast. */
    @Bean
    SnapshotTriggerDefinition ticketSnapshotTrigger(Snapshotter snapshotter,
            @Value("${autocrm.snapshot-threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
