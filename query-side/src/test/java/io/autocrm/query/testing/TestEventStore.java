package io.autocrm.query.testing;

import io.autocrm.json.EventStoreJson;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's JDBC event store on the migrated {@code events} schema (snake_case, bytea) with the Jackson 2 serializer, as
 * the app configures it: events go through real serialization and come back as the app would read them.
 */
public final class TestEventStore implements AutoCloseable {

    private final JdbcEventStorageEngine engine;
    private final EmbeddedEventStore store;

    public TestEventStore(DataSource dataSource) {
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(EventStoreJson.mapper()).build();
        engine = JdbcEventStorageEngine.builder().connectionProvider(new DataSourceConnectionProvider(dataSource))
                .transactionManager(NoTransactionManager.INSTANCE).eventSerializer(serializer)
                .snapshotSerializer(serializer).schema(schema()).build();
        store = EmbeddedEventStore.builder().storageEngine(engine).build();
    }

    public EventStore store() {
        return store;
    }

    public void append(List<? extends DomainEventMessage<?>> events) {
        store.publish(events);
    }

    /** Every stored event in global order, as a tracking processor replaying from the tail reads them. */
    public List<? extends TrackedEventMessage<?>> replay() {
        return engine.readEvents(null, false).toList();
    }

    @Override
    public void close() {
        store.shutDown();
    }

    private static EventSchema schema() {
        return EventSchema.builder().eventTable("events.domain_event_entry")
                .snapshotTable("events.snapshot_event_entry").globalIndexColumn("global_index")
                .timestampColumn("time_stamp").eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier").sequenceNumberColumn("sequence_number")
                .typeColumn("type").payloadTypeColumn("payload_type").payloadRevisionColumn("payload_revision")
                .payloadColumn("payload").metaDataColumn("meta_data").build();
    }
}
