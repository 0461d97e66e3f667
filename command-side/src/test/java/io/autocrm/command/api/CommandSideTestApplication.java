package io.autocrm.command.api;

import io.autocrm.command.CommandSideConfiguration;
import io.autocrm.command.customer.Customer;
import io.autocrm.command.ticket.Ticket;
import io.autocrm.command.ticket.TicketMerges;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.json.EventStoreJson;
import io.autocrm.platform.database.ConfigurationHistory;
import io.autocrm.platform.web.IdParameters;
import io.autocrm.testsupport.TestPostgres;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationParameterResolverFactory;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.Repository;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.config.annotation.SpringBeanParameterResolverFactory;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;
import io.autocrm.platform.files.Attachments;
import io.autocrm.platform.files.FileProperties;
import io.autocrm.platform.files.LocalBlobStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * The command side assembled as the application will: Spring MVC, a real Axon configuration with the JDBC event
 * store on PostgreSQL (snake_case tables, bytea, Jackson), Spring transactions shared by events and personal data,
 * handler parameters resolved from Spring beans, metadata copied onto events, tickets snapshotted every 4 events,
 * aggregates configured by their {@code @Aggregate} attributes, and the command bus a Spring bean (for interceptors).
 * Controllers take typed ids as the application's do ({@link IdParameters}). Requests are made by a
 * {@link TestCaller}: an admin unless a test switches it.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableWebMvc
@PropertySource("classpath:command-side-test.properties")
@Import({CommandSideConfiguration.class, IdParameters.class, TestProblemAdvice.class, ConfigurationHistory.class})
class CommandSideTestApplication {

    /** Converts settings as the application does (e.g. {@code PT1S} into a {@code Duration} for the scheduler). */
    @Bean
    static org.springframework.core.convert.ConversionService conversionService() {
        return new org.springframework.boot.convert.ApplicationConversionService();
    }

    @Bean
    DataSource dataSource() {
        return TestPostgres.freshMigratedDataSource();
    }

    @Bean
    JdbcClient jdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }

    /** Files in a fresh temporary folder. */
    @Bean
    Attachments attachments(JdbcClient jdbc, PlatformTransactionManager transactions) throws java.io.IOException {
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("autocrm-files");
        return new Attachments(jdbc, new LocalBlobStore(folder), FileProperties.local(folder), transactions);
    }

    @Bean
    TestCaller currentCaller() {
        return new TestCaller();
    }

    @Bean(destroyMethod = "shutdown")
    Configuration axon(DataSource dataSource, PlatformTransactionManager transactions, ApplicationContext context) {
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(EventStoreJson.mapper()).build();
        SpringTransactionManager axonTransactions = new SpringTransactionManager(transactions);
        Configuration configuration = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureTransactionManager(c -> axonTransactions)
                .configureCorrelationDataProviders(c -> List.of(new MessageOriginProvider(),
                        new SimpleCorrelationDataProvider(MetadataKeys.ACTOR_TYPE, MetadataKeys.ACTOR_ID,
                                MetadataKeys.ACTOR_ROLE, MetadataKeys.CHANNEL, MetadataKeys.CORRELATION_ID)))
                .registerComponent(ParameterResolverFactory.class, c -> MultiParameterResolverFactory.ordered(
                        ClasspathParameterResolverFactory.forClass(Ticket.class),
                        new ConfigurationParameterResolverFactory(c),
                        new SpringBeanParameterResolverFactory(context)))
                .configureEmbeddedEventStore(c -> JdbcEventStorageEngine.builder()
                        .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                                new SpringDataSourceConnectionProvider(dataSource)))
                        .transactionManager(axonTransactions)
                        .schema(schema())
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .build())
                .configureAggregate(aggregate(Ticket.class)
                        .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), 4)))
                .configureAggregate(aggregate(Customer.class))
                .registerCommandHandler(TicketMerges::new)
                .buildConfiguration();
        configuration.start();
        return configuration;
    }

    /** An aggregate's repository as Axon's Spring support builds it from its {@code @Aggregate} annotation. */
    private static <A> AggregateConfigurer<A> aggregate(Class<A> type) {
        boolean filterEventsByType = type.getAnnotation(Aggregate.class).filterEventsByType();
        return AggregateConfigurer.defaultConfiguration(type).configureFilterEventsByType(c -> filterEventsByType);
    }

    /** The ticket's repository under the name Axon's Spring support gives it (what {@code TicketFacts} reads). */
    @Bean("ticketRepository")
    Repository<Ticket> ticketRepository(Configuration axon) {
        return axon.repository(Ticket.class);
    }

    @Bean
    CommandBus commandBus(Configuration axon) {
        return axon.commandBus();
    }

    @Bean
    CommandGateway commandGateway(Configuration axon) {
        return axon.commandGateway();
    }

    @Bean
    EventStore eventStore(Configuration axon) {
        return axon.eventStore();
    }

    private static EventSchema schema() {
        return EventSchema.builder()
                .eventTable("events.domain_event_entry").snapshotTable("events.snapshot_event_entry")
                .globalIndexColumn("global_index").eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier").sequenceNumberColumn("sequence_number")
                .typeColumn("type").timestampColumn("time_stamp").payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision").payloadColumn("payload").metaDataColumn("meta_data")
                .build();
    }
}
