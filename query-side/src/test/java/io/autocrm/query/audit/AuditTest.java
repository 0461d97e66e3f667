package io.autocrm.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.autocrm.access.CurrentCaller;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.FieldType;
import io.autocrm.events.ticket.Status;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.events.ticket.TicketAssignedEvent;
import io.autocrm.events.ticket.TicketCustomFieldChangedEvent;
import io.autocrm.events.ticket.TicketStatusChangedEvent;
import io.autocrm.query.web.ActorNames;
import io.autocrm.query.web.ActorView;
import io.autocrm.query.web.CauseView;
import io.autocrm.query.access.CustomerViewRulesReader;
import io.autocrm.query.web.TicketReads;
import io.autocrm.query.web.TicketVisibility;
import io.autocrm.query.testing.FullTicket;
import io.autocrm.query.testing.ReadModelFixture;
import io.autocrm.query.testing.TestCaller;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The audit trail: one readable row per event, with actor, channel and old and new values, and no personal data. */
class AuditTest {

    private static ReadModelFixture db;

    @BeforeAll
    static void database() {
        db = new ReadModelFixture(700);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void describesEveryEventOfATicket() {
        FullTicket t = stored();

        List<AuditEntryView> trail = controller(Duration.ZERO).audit(id(t), null);

        assertThat(trail).extracting(AuditEntryView::description).containsExactly(
                "Ticket #" + t.number + " created via email with status New, priority Normal, type Question",
                "Assigned to agent " + t.agent,
                "Assigned to team " + t.team,
                "Status changed from New to Open",
                "Public reply added by agent " + t.agent,
                "Customer message added by customer " + t.requester,
                "Internal note added by agent " + t.agent,
                "Priority changed from Normal to High",
                "Type changed from Question to Incident",
                "Tags added: billing",
                "Tags removed: vip",
                "Custom field areas set to 'eu'",
                "Status changed from Open to Solved",
                "Status changed from Solved to Open",
                "Public reply added by an integration",
                "Removed from team " + t.team,
                "Status changed from Open to Solved");
        assertThat(trail).extracting(AuditEntryView::version).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, 17).boxed().toList());
        assertThat(trail).extracting(AuditEntryView::globalIndex).doesNotContainNull().isSorted();
    }

    @Test
    void recordsWhoWhenAndThroughWhichChannel() {
        FullTicket t = stored();
        List<AuditEntryView> trail = controller(Duration.ZERO).audit(id(t), null);

        AuditEntryView created = trail.getFirst();
        assertThat(created.eventType()).isEqualTo("TicketCreatedEvent");
        assertThat(created.actor()).isEqualTo(new ActorView("customer", t.requester.toString(), null, "Rita Requester"));
        assertThat(created.channel()).isEqualTo("email");
        assertThat(created.correlationId()).isEqualTo(t.story.events().getFirst().getMetaData().get("correlationId"));
        assertThat(created.occurredAt()).isEqualTo(Instant.parse("2026-07-01T08:00:00Z"));
        assertThat(trail.get(14).actor()).isEqualTo(new ActorView("api_key", "key-42", null, null));
        assertThat(trail.get(14).channel()).isEqualTo("api");
        assertThat(trail.get(3).changes()).containsExactly(
                Map.of("field", "status", "from", "new", "to", "open"),
                Map.of("field", "statusCategory", "from", "new", "to", "open"));
        assertThat(trail.get(9).changes()).containsExactly(mapOf("tags", null, List.of("billing")));
        assertThat(trail.get(15).changes()).containsExactly(mapOf("team", t.team.toString(), null));
    }

    @Test
    void keepsTheMacroACommandNamedAsItsCause() {
        FullTicket t = stored();
        var id = t.story.id;
        db.projections.apply(List.of(t.story.next(new TicketStatusChangedEvent(id, Status.builtIn(StatusCategory.SOLVED),
                Status.builtIn(StatusCategory.PENDING)), Map.of(MetadataKeys.ACTOR_TYPE, "user",
                MetadataKeys.ACTOR_ID, t.agent.toString(), MetadataKeys.CHANNEL, "web",
                MetadataKeys.CAUSE_TYPE, MetadataKeys.CAUSE_MACRO, MetadataKeys.CAUSE_ID, "macro-7",
                MetadataKeys.CAUSE_NAME, "Ask for logs"))));

        List<AuditEntryView> trail = controller(Duration.ZERO).audit(id(t), null);

        assertThat(trail.getLast().cause()).isEqualTo(new CauseView("macro", "macro-7", "Ask for logs"));
        assertThat(trail.subList(0, trail.size() - 1)).extracting(AuditEntryView::cause).containsOnlyNulls();
    }

    @Test
    void keepsTheTriggerAndItsVersionThatMadeAChange() {
        FullTicket t = stored();
        var id = t.story.id;
        db.projections.apply(List.of(t.story.next(new TicketStatusChangedEvent(id, Status.builtIn(StatusCategory.SOLVED),
                Status.builtIn(StatusCategory.CLOSED)), Map.of(MetadataKeys.ACTOR_TYPE, "system",
                MetadataKeys.ACTOR_ID, "system", MetadataKeys.CHANNEL, "system",
                MetadataKeys.CAUSE_TYPE, MetadataKeys.CAUSE_AUTOMATION, MetadataKeys.CAUSE_ID, "automation-4",
                MetadataKeys.CAUSE_NAME, "Close solved tickets", MetadataKeys.CAUSE_VERSION, 3,
                MetadataKeys.CAUSE_DEPTH, 1))));

        List<AuditEntryView> trail = controller(Duration.ZERO).audit(id(t), null);

        assertThat(trail.getLast().cause())
                .isEqualTo(new CauseView("automation", "automation-4", "Close solved tickets", 3, null));
    }

    @Test
    void keepsWhichTeamsMethodAssignedATicketAndWhy() {
        FullTicket t = stored();
        var id = t.story.id;
        AgentId agent = AgentId.random();
        db.projections.apply(List.of(t.story.next(new TicketAssignedEvent(id, agent, t.agent), Map.of(
                MetadataKeys.ACTOR_TYPE, "system", MetadataKeys.ACTOR_ID, "system", MetadataKeys.CHANNEL, "system",
                MetadataKeys.CAUSE_TYPE, MetadataKeys.CAUSE_ASSIGNMENT, MetadataKeys.CAUSE_ID, "team-3",
                MetadataKeys.CAUSE_NAME, "Billing: least busy",
                MetadataKeys.CAUSE_REASON, "fewest open tickets: 2; Alan Turing has 4"))));

        List<AuditEntryView> trail = controller(Duration.ZERO).audit(id(t), null);

        assertThat(trail.getLast().cause()).isEqualTo(new CauseView("assignment", "team-3", "Billing: least busy",
                null, "fewest open tickets: 2; Alan Turing has 4"));
    }

    @Test
    void describesReassignmentsCustomStatusesAndFieldChanges() {
        FullTicket t = stored();
        AgentId other = AgentId.random();
        var id = t.story.id;
        db.projections.apply(List.of(
                t.story.next(new TicketAssignedEvent(id, other, t.agent)),
                t.story.next(new TicketStatusChangedEvent(id, Status.builtIn(StatusCategory.SOLVED),
                        new Status("waiting-on-vendor", StatusCategory.PENDING))),
                t.story.next(new TicketCustomFieldChangedEvent(id, "areas", FieldType.MULTI_SELECT,
                        List.of("eu"), List.of("eu", "us"))),
                t.story.next(new TicketCustomFieldChangedEvent(id, "areas", FieldType.MULTI_SELECT,
                        List.of("eu", "us"), List.of()))));

        List<AuditEntryView> added = controller(Duration.ZERO).audit(id(t), null).subList(17, 21);

        assertThat(added).extracting(AuditEntryView::description).containsExactly(
                "Reassigned from agent " + t.agent + " to agent " + other,
                "Status changed from Solved to Waiting on vendor (Pending)",
                "Custom field areas changed from 'eu' to 'eu', 'us'",
                "Custom field areas cleared (was 'eu', 'us')");
        assertThat(added.getLast().changes()).containsExactly(mapOf("customFields.areas", List.of("eu", "us"),
                null));
    }

    /** Names are joined at read time (the actor's name), so the stored rows hold none and erasure leaves none. */
    @Test
    void holdsNoPersonalData() {
        FullTicket t = stored();
        String rows = org.springframework.jdbc.core.simple.JdbcClient.create(db.dataSource)
                .sql("SELECT string_agg(a::text, '|') FROM read_model.ticket_audit a WHERE ticket_id = :id")
                .param("id", t.story.ticketId).query(String.class).single();
        db.seed.erase(t.requester);
        String served = controller(Duration.ZERO).audit(id(t), null).toString();

        for (String personal : List.of("Rita", "@example.com", "Cannot print", "printer", "spooler", "upset")) {
            assertThat(rows).doesNotContainIgnoringCase(personal);
            assertThat(served).doesNotContainIgnoringCase(personal);
        }
    }

    @Test
    void writesEachEventOnce() {
        FullTicket t = stored();
        List<AuditEntryView> before = controller(Duration.ZERO).audit(id(t), null);

        db.projections.apply(tracked(t));

        assertThat(controller(Duration.ZERO).audit(id(t), null)).isEqualTo(before);
    }

    @Test
    void waitsForAMinimumVersionAndAnswersBehindOrNotFound() throws Exception {
        FullTicket t = stored();
        DomainEventMessage<?> next = t.story.next(new TicketAssignedEvent(t.story.id, AgentId.random(), t.agent));
        db.events.append(List.of(next));

        assertThatThrownBy(() -> controller(Duration.ofMillis(150)).audit(id(t), "18"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.READ_MODEL_BEHIND));
        CompletableFuture<List<AuditEntryView>> read = CompletableFuture.supplyAsync(
                () -> controller(Duration.ofSeconds(10)).audit(id(t), "18"));
        await("the read waits for the version").during(Duration.ofMillis(150)).atMost(Duration.ofSeconds(5))
                .until(() -> !read.isDone());
        db.projections.apply(next);
        assertThat(read.get(10, TimeUnit.SECONDS)).hasSize(18);

        for (String[] unknown : List.of(new String[] {UUID.randomUUID().toString(), null},
                new String[] {UUID.randomUUID().toString(), "2"})) {
            assertThatThrownBy(() -> controller(Duration.ofMinutes(5)).audit(TicketId.of(unknown[0]), unknown[1]))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.TICKET_NOT_FOUND));
        }
    }

    /** Regression: another aggregate's id waited out the whole max-wait and answered read-model-behind. */
    @Test
    void answersTicketNotFoundForAnotherAggregatesIdWithOrWithoutMinVersion() {
        String customer = db.customerStream();
        for (String minVersion : Arrays.asList(null, "1")) {
            assertThatThrownBy(() -> controller(Duration.ofSeconds(2)).audit(TicketId.of(customer), minVersion))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.TICKET_NOT_FOUND));
        }
    }

    /** Regression: a version the ticket has not reached answered read-model-behind, so clients retried forever. */
    @Test
    void refusesAMinVersionBeyondTheTicketsLatestVersion() {
        FullTicket t = stored();

        assertThatThrownBy(() -> controller(Duration.ofSeconds(2)).audit(id(t), "18"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.getMessage()).isEqualTo("minVersion 18 is beyond the ticket's latest version 17.");
                });
    }

    /** Regression: a ticket the event store has but the trail not yet answered ticket-not-found. */
    @Test
    void answersReadModelBehindForATicketNotProjectedYet() {
        FullTicket t = db.newTicket(Instant.parse("2026-07-02T08:00:00Z"));
        db.events.append(t.story.events());

        assertThatThrownBy(() -> controller(Duration.ZERO).audit(id(t), null)).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.READ_MODEL_BEHIND));
    }

    @Test
    void rendersJson() throws Exception {
        FullTicket t = stored();
        MockMvc mvc = MockMvcBuilders.standaloneSetup(controller(Duration.ZERO)).build();

        mvc.perform(get("/api/v1/tickets/{id}/audit", t.story.ticketId)).andExpect(status().isOk())
                .andExpect(jsonPath("$[3].description").value("Status changed from New to Open"))
                .andExpect(jsonPath("$[3].changes[0].field").value("status"))
                .andExpect(jsonPath("$[3].actor.type").value("user"))
                .andExpect(jsonPath("$[0].occurredAt").value("2026-07-01T08:00:00Z"));
    }

    private static Map<String, Object> mapOf(String field, Object from, Object to) {
        Map<String, Object> map = new java.util.HashMap<>();
        map.put("field", field);
        map.put("from", from);
        map.put("to", to);
        return map;
    }

    private static FullTicket stored() {
        FullTicket t = db.newTicket(Instant.parse("2026-07-01T08:00:00Z"));
        db.events.append(t.story.events());
        db.projections.apply(tracked(t));
        return t;
    }

    private static List<? extends TrackedEventMessage<?>> tracked(FullTicket t) {
        return db.events.replay().stream().filter(e -> e instanceof DomainEventMessage<?> d
                && d.getAggregateIdentifier().equals(id(t).toString())).toList();
    }

    private static AuditController controller(Duration maxWait) {
        return controller(db, maxWait, new TestCaller());
    }

    static AuditController controller(ReadModelFixture db, Duration maxWait, CurrentCaller caller) {
        TicketReads reads = db.reads(maxWait);
        return new AuditController(new AuditReader(db.dataSource, new ActorNames(db.dataSource),
                new CustomerViewRulesReader(db.dataSource)), reads, new TicketVisibility(db.dataSource, reads), caller);
    }

    private static TicketId id(FullTicket t) {
        return new TicketId(t.story.ticketId);
    }

    /** Regression: notes posted without an agent author were described as "by agent null". */
    @Test
    void describesNotesAndRepliesPostedByIntegrations() {
        var ticket = io.autocrm.events.common.TicketId.random();
        var message = io.autocrm.events.common.MessageId.random();
        assertThat(AuditDescriber.describe(new io.autocrm.events.ticket.InternalNoteAddedEvent(ticket, message, null)))
                .get().extracting(AuditEntry::description).isEqualTo("Internal note added by an integration");
        assertThat(AuditDescriber.describe(new io.autocrm.events.ticket.PublicReplyAddedEvent(ticket, message, null)))
                .get().extracting(AuditEntry::description).isEqualTo("Public reply added by an integration");
    }
}
