package io.autocrm.query.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.autocrm.events.common.CalendarId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.ticket.PublicReplyAddedEvent;
import io.autocrm.events.ticket.SlaBreachedEvent;
import io.autocrm.events.ticket.SlaClockChange;
import io.autocrm.events.ticket.SlaClockChangedEvent;
import io.autocrm.events.ticket.SlaFulfilledEvent;
import io.autocrm.events.ticket.SlaMetric;
import io.autocrm.events.ticket.SlaPolicyAppliedEvent;
import io.autocrm.events.ticket.SlaTarget;
import io.autocrm.events.ticket.SlaWarningIssuedEvent;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.query.testing.Projections;
import io.autocrm.query.testing.ReadModelDatabase;
import io.autocrm.query.testing.TicketStory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SLA events' effect on the target rows, their timelines and the queue row, on real PostgreSQL. */
class SlaProjectionTest {

    private static final AtomicLong NUMBERS = new AtomicLong(5001);
    private static final UUID POLICY = UUID.randomUUID();
    private static final Instant DUE = Instant.parse("2026-03-01T10:00:00Z");
    private static HikariDataSource dataSource;
    private static Projections projections;

    private final TicketStory story = new TicketStory(UUID.randomUUID(), Instant.parse("2026-03-01T09:00:00Z"));

    @BeforeAll
    static void database() {
        dataSource = ReadModelDatabase.fresh();
        projections = new Projections(dataSource);
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    private DomainEventMessage<?> apply(Object event) {
        DomainEventMessage<?> message = story.next(event);
        projections.apply(message);
        return message;
    }

    private void createdAndMeasured() {
        apply(TicketStory.created(story.ticketId, NUMBERS.getAndIncrement(), UUID.randomUUID(), UUID.randomUUID()));
        apply(new SlaPolicyAppliedEvent(story.id, POLICY, 2, "Urgent", CalendarId.random(), 75, false,
                List.of(new SlaTarget(SlaMetric.FIRST_REPLY_TIME, 60, true, null))));
        apply(new SlaClockChangedEvent(story.id, SlaMetric.FIRST_REPLY_TIME, 1, SlaClockChange.STARTED,
                Instant.parse("2026-03-01T09:00:00Z"), StatusCategory.NEW, DUE));
    }

    private Map<String, Object> target() {
        return JdbcClient.create(dataSource).sql("""
                SELECT state, due_at, breached_at, fulfilled_at, policy_name, policy_version, target_minutes,
                       business_hours, jsonb_path_query_array(timeline, '$[*].kind')::text AS kinds, version
                  FROM read_model.ticket_sla_target WHERE ticket_id = :id""")
                .param("id", story.ticketId).query().singleRow();
    }

    private Map<String, Object> queueRow() {
        return JdbcClient.create(dataSource).sql("""
                SELECT sla_due_at, sla_metric, sla_breached, version, updated_at FROM read_model.ticket
                 WHERE ticket_id = :id""")
                .param("id", story.ticketId).query().singleRow();
    }

    @Test
    void startsATargetWithItsPolicyAndShowsItAsTheQueueRowsNextDueTime() {
        createdAndMeasured();

        Map<String, Object> target = target();
        assertThat(target.get("state")).isEqualTo("running");
        assertThat(target.get("policy_name")).isEqualTo("Urgent");
        assertThat(target.get("policy_version")).isEqualTo(2);
        assertThat(target.get("target_minutes")).isEqualTo(60L);
        assertThat(target.get("business_hours")).isEqualTo(true);
        assertThat(target.get("kinds")).isEqualTo("[\"started\"]");
        Map<String, Object> row = queueRow();
        assertThat(row.get("sla_metric")).isEqualTo("first-reply-time");
        assertThat(row.get("sla_breached")).isEqualTo(false);
        assertThat(((java.sql.Timestamp) row.get("sla_due_at")).toInstant()).isEqualTo(DUE);
        assertThat(row.get("version")).as("every SLA event advances the ticket's version").isEqualTo(3L);
    }

    @Test
    void pausesAndResumesWithTheNewDueTime() {
        createdAndMeasured();
        apply(new SlaClockChangedEvent(story.id, SlaMetric.FIRST_REPLY_TIME, 1, SlaClockChange.PAUSED,
                Instant.parse("2026-03-01T09:20:00Z"), StatusCategory.PENDING, null));
        assertThat(target().get("state")).isEqualTo("paused");
        assertThat(queueRow().get("sla_metric")).as("nothing runs while paused").isNull();

        Instant resumedDue = Instant.parse("2026-03-01T11:40:00Z");
        apply(new SlaClockChangedEvent(story.id, SlaMetric.FIRST_REPLY_TIME, 1, SlaClockChange.RESUMED,
                Instant.parse("2026-03-01T11:00:00Z"), StatusCategory.OPEN, resumedDue));

        assertThat(((java.sql.Timestamp) target().get("due_at")).toInstant()).isEqualTo(resumedDue);
        assertThat(((java.sql.Timestamp) queueRow().get("sla_due_at")).toInstant()).isEqualTo(resumedDue);
        assertThat(target().get("kinds")).isEqualTo("[\"started\", \"paused\", \"resumed\"]");
    }

    @Test
    void marksABreachAndClearsTheBadgeWhenFulfilled() {
        createdAndMeasured();
        apply(new SlaWarningIssuedEvent(story.id, SlaMetric.FIRST_REPLY_TIME, 1,
                Instant.parse("2026-03-01T09:45:00Z"), DUE));
        apply(new SlaBreachedEvent(story.id, SlaMetric.FIRST_REPLY_TIME, 1, DUE));
        assertThat(queueRow().get("sla_breached")).isEqualTo(true);

        MessageId reply = MessageId.random();
        apply(new PublicReplyAddedEvent(story.id, reply, null));
        apply(new SlaFulfilledEvent(story.id, SlaMetric.FIRST_REPLY_TIME, 1, Instant.parse("2026-03-01T10:05:00Z"),
                reply, true));

        Map<String, Object> target = target();
        assertThat(target.get("state")).isEqualTo("fulfilled");
        assertThat(target.get("kinds")).isEqualTo("[\"started\", \"warning\", \"breached\", \"fulfilled\"]");
        assertThat(queueRow().get("sla_breached")).isEqualTo(false);
        assertThat(queueRow().get("sla_metric")).isNull();
        assertThat(queueRow().get("version")).isEqualTo(7L);
    }

    @Test
    void appliesEachEventOnce() {
        createdAndMeasured();
        DomainEventMessage<?> breach = apply(new SlaBreachedEvent(story.id, SlaMetric.FIRST_REPLY_TIME, 1, DUE));

        projections.apply(breach);

        assertThat(target().get("kinds")).isEqualTo("[\"started\", \"breached\"]");
    }

    @Test
    void aReopenedTicketsResolutionTargetGetsANewCycleThatBeginsWithAResumption() {
        apply(TicketStory.created(story.ticketId, NUMBERS.getAndIncrement(), UUID.randomUUID(), UUID.randomUUID()));
        apply(new SlaPolicyAppliedEvent(story.id, POLICY, 1, "Urgent", null, 75, false,
                List.of(new SlaTarget(SlaMetric.AGENT_WORK_TIME, 240, false, null))));
        apply(new SlaClockChangedEvent(story.id, SlaMetric.AGENT_WORK_TIME, 1, SlaClockChange.STARTED,
                Instant.parse("2026-03-01T09:00:00Z"), StatusCategory.NEW, Instant.parse("2026-03-01T13:00:00Z")));
        apply(new SlaFulfilledEvent(story.id, SlaMetric.AGENT_WORK_TIME, 1, Instant.parse("2026-03-01T10:00:00Z"),
                null, false));
        Instant due = Instant.parse("2026-03-01T14:00:00Z");
        DomainEventMessage<?> resumed = apply(new SlaClockChangedEvent(story.id, SlaMetric.AGENT_WORK_TIME, 2,
                SlaClockChange.RESUMED, Instant.parse("2026-03-01T11:00:00Z"), StatusCategory.OPEN, due));
        projections.apply(resumed);

        List<Map<String, Object>> cycles = JdbcClient.create(dataSource).sql("""
                SELECT cycle, state, due_at, target_minutes, jsonb_path_query_array(timeline, '$[*].kind')::text AS kinds
                  FROM read_model.ticket_sla_target WHERE ticket_id = :id ORDER BY cycle""")
                .param("id", story.ticketId).query().listOfRows();
        assertThat(cycles).hasSize(2);
        assertThat(cycles.get(0).get("state")).isEqualTo("fulfilled");
        assertThat(cycles.get(1).get("state")).isEqualTo("running");
        assertThat(cycles.get(1).get("target_minutes")).isEqualTo(240L);
        assertThat(cycles.get(1).get("kinds")).as("applied once").isEqualTo("[\"resumed\"]");
        assertThat(((java.sql.Timestamp) queueRow().get("sla_due_at")).toInstant()).isEqualTo(due);
        assertThat(((java.sql.Timestamp) queueRow().get("updated_at")).toInstant())
                .as("AutoCRM's SLA records are no update of the ticket").isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));

        // A new policy version re-measures the running cycle: it begins with a resumption again, under the new terms.
        apply(new SlaPolicyAppliedEvent(story.id, POLICY, 2, "Urgent (tighter)", null, 75, false,
                List.of(new SlaTarget(SlaMetric.AGENT_WORK_TIME, 120, true, null))));
        apply(new SlaClockChangedEvent(story.id, SlaMetric.AGENT_WORK_TIME, 2, SlaClockChange.RESUMED,
                Instant.parse("2026-03-01T11:00:00Z"), StatusCategory.OPEN, Instant.parse("2026-03-01T12:00:00Z")));
        Map<String, Object> second = JdbcClient.create(dataSource).sql("""
                SELECT policy_name, policy_version, target_minutes, business_hours FROM read_model.ticket_sla_target
                 WHERE ticket_id = :id AND cycle = 2""").param("id", story.ticketId).query().singleRow();
        assertThat(second).containsEntry("policy_name", "Urgent (tighter)").containsEntry("policy_version", 2)
                .containsEntry("target_minutes", 120L).containsEntry("business_hours", true);
    }
}
