package io.autocrm.query;

import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import java.util.regex.Pattern;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.autocrm.access.CallerRecheck;
import io.autocrm.access.CurrentCaller;
import io.autocrm.platform.database.ConfigurationHistory;
import io.autocrm.query.queue.QueueReader;
import io.autocrm.query.queue.StreamProperties;
import io.autocrm.query.web.ReadProperties;
import io.autocrm.query.testing.ReadModelDatabase;
import io.autocrm.query.testing.TestCaller;
import io.autocrm.query.testing.TestEventStore;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The query side (but its read-model operations) wires up in a Spring context from only the beans the app provides (DataSource, EventStore,
 * QueryUpdateEmitter, QueryGateway, CurrentCaller, CallerRecheck, platform's ConfigurationHistory), binds its settings, and puts every projection in
 * its processing group.
 */
class QuerySideWiringTest {

    @Test
    void wiresFromTheAppsBeansAndBindsSettings() {
        try (HikariDataSource dataSource = ReadModelDatabase.fresh();
             TestEventStore events = new TestEventStore(dataSource);
             AnnotationConfigApplicationContext context = context(dataSource, events, Map.of())) {
            assertThat(context.getBean(ReadProperties.class).maxWait()).isEqualTo(Duration.ofSeconds(5));
            assertThat(context.getBean(StreamProperties.class).heartbeat()).isEqualTo(Duration.ofSeconds(15));
            assertThat(context.getBean(QueueReader.class).version(java.util.UUID.randomUUID())).isZero();
            Map<String, Object> projections = context.getBeansWithAnnotation(ProcessingGroup.class);
            assertThat(projections.values()).extracting(bean -> bean.getClass().getSimpleName() + "="
                    + bean.getClass().getAnnotation(ProcessingGroup.class).value())
                    .containsExactlyInAnyOrder("TicketProjection=tickets", "MessageProjection=tickets",
                            "AttachmentProjection=tickets", "ParticipantProjection=tickets",
                            "SideConversationProjection=tickets", "NotificationProjection=tickets",
                            "TicketLinkProjection=tickets", "AuditProjection=ticket-audit",
                            "SlaTargetProjection=ticket-sla");
        }
    }

    @Test
    void takesSettingsFromProperties() {
        try (HikariDataSource dataSource = ReadModelDatabase.fresh();
             TestEventStore events = new TestEventStore(dataSource);
             AnnotationConfigApplicationContext context = context(dataSource, events,
                     Map.of("autocrm.read.max-wait", "250ms", "autocrm.stream.heartbeat", "3s"))) {
            assertThat(context.getBean(ReadProperties.class).maxWait()).isEqualTo(Duration.ofMillis(250));
            assertThat(context.getBean(StreamProperties.class).heartbeat()).isEqualTo(Duration.ofSeconds(3));
        }
    }

    @Test
    void everyEventHandlerClassHasAProcessingGroup() {
        try (HikariDataSource dataSource = ReadModelDatabase.fresh();
             TestEventStore events = new TestEventStore(dataSource);
             AnnotationConfigApplicationContext context = context(dataSource, events, Map.of())) {
            for (String name : context.getBeanDefinitionNames()) {
                Class<?> type = context.getType(name);
                boolean handlesEvents = type != null && java.util.Arrays.stream(type.getDeclaredMethods())
                        .anyMatch(m -> m.isAnnotationPresent(EventHandler.class));
                if (handlesEvents) {
                    assertThat(type.getAnnotation(ProcessingGroup.class)).as(name).isNotNull();
                }
            }
        }
    }

    private static AnnotationConfigApplicationContext context(DataSource dataSource, TestEventStore events,
                                                              Map<String, Object> properties) {
        SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
        SimpleQueryBus queryBus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        context.registerBean(DataSource.class, () -> dataSource);
        context.registerBean(CurrentCaller.class, TestCaller::new);
        context.registerBean(ConfigurationHistory.class, () -> ConfigurationHistory.on(dataSource, new TestCaller()));
        context.registerBean(CallerRecheck.class, () -> caller -> true);
        context.registerBean(io.autocrm.platform.files.SignedLinks.class, () -> new io.autocrm.platform.files.SignedLinks(
                org.springframework.jdbc.core.simple.JdbcClient.create(dataSource), java.time.Duration.ofMinutes(15),
                java.time.Clock.systemUTC()));
        context.registerBean(EventStore.class, events::store);
        context.registerBean(QueryUpdateEmitter.class, () -> emitter);
        context.registerBean(QueryGateway.class, () -> DefaultQueryGateway.builder().queryBus(queryBus).build());
        // The read-model operations operate Axon's processors: they need the app's whole Axon configuration, and the
        // app's end-to-end tests (ReadModelRebuildTest, DeadLettersTest) wire them.
        var scanner = new ClassPathBeanDefinitionScanner(context);
        scanner.addExcludeFilter(new RegexPatternTypeFilter(Pattern.compile("io\\.autocrm\\.query\\.operations\\..*")));
        scanner.scan("io.autocrm.query");
        context.refresh();
        return context;
    }
}
