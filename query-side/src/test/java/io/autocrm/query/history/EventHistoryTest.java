package io.autocrm.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.customer.CustomerRegisteredEvent;
import io.autocrm.query.web.ActorNames;
import io.autocrm.query.access.CustomerViewRulesReader;
import io.autocrm.query.web.ReadProperties;
import io.autocrm.query.web.TicketReads;
import io.autocrm.query.web.TicketVisibility;
import io.autocrm.query.web.VersionWaiter;
import io.autocrm.query.testing.FullTicket;
import io.autocrm.query.testing.ReadModelDatabase;
import io.autocrm.query.testing.Seed;
import io.autocrm.query.testing.TestCaller;
import io.autocrm.query.testing.TestEventStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** A ticket's full history from Axon's JDBC event store, in API form. */
class EventHistoryTest {

    private static HikariDataSource dataSource;
    private static TestEventStore events;
    private static EventHistoryController controller;
    private static FullTicket ticket;

    @BeforeAll
    static void store() {
        dataSource = ReadModelDatabase.fresh();
        events = new TestEventStore(dataSource);
        TicketReads reads = new TicketReads(events.store(), new VersionWaiter(new ReadProperties(Duration.ZERO)));
        controller = new EventHistoryController(reads, new TicketVisibility(dataSource, reads), new TestCaller(),
                new ActorNames(dataSource), new CustomerViewRulesReader(dataSource));
        ticket = new FullTicket(new Seed(dataSource), Instant.parse("2026-06-01T08:00:00Z"), 42);
        events.append(ticket.story.events());
    }

    @AfterAll
    static void close() {
        events.close();
        dataSource.close();
    }

    @Test
    void listsEveryEventOldestFirstWithVersionAndMetadata() {
        List<EventHistoryEntry> history = controller.events(new TicketId(ticket.story.ticketId));

        assertThat(history).hasSize(17);
        assertThat(history).extracting(EventHistoryEntry::version).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, 17).boxed().toList());
        EventHistoryEntry created = history.getFirst();
        assertThat(created.type()).isEqualTo("TicketCreatedEvent");
        assertThat(created.revision()).isEqualTo("1");
        assertThat(created.eventId()).isEqualTo(ticket.story.events().getFirst().getIdentifier());
        assertThat(created.occurredAt()).isEqualTo(Instant.parse("2026-06-01T08:00:00Z"));
        assertThat(created.metadata().actorType()).isEqualTo("customer");
        assertThat(created.metadata().actorId()).isEqualTo(ticket.requester.toString());
        assertThat(created.metadata().channel()).isEqualTo("email");
        assertThat(created.metadata().correlationId()).isNotBlank();
        assertThat(created.metadata().causationId()).isNotBlank();
        assertThat(history.get(14).type()).isEqualTo("PublicReplyAddedEvent");
        assertThat(history.get(14).metadata().actorType()).isEqualTo("api_key");
    }

    @Test
    void servesPayloadsWithIdsAsStringsAndEnumsAsKeys() {
        Map<String, Object> created = controller.events(new TicketId(ticket.story.ticketId)).getFirst().payload();

        assertThat(created).containsEntry("ticketId", ticket.story.ticketId.toString())
                .containsEntry("number", 42L).containsEntry("requesterId", ticket.requester.toString())
                .containsEntry("channel", "email").containsEntry("priority", "normal")
                .containsEntry("type", "question").containsEntry("assigneeId", null)
                .containsEntry("status", Map.of("key", "new", "category", "new"))
                .containsEntry("tags", List.of("vip"))
                .containsEntry("customFields", List.of(Map.of("fieldKey", "plan", "type", "dropdown",
                        "values", List.of("gold"))))
                .containsEntry("firstMessageId", ticket.description.toString());
        assertThat(created.keySet()).startsWith("ticketId", "number", "requesterId");
    }

    @Test
    void rendersJsonWithIsoInstants() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(controller).build();
        mvc.perform(get("/api/v1/tickets/{id}/events", ticket.story.ticketId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(17))
                .andExpect(jsonPath("$[0].occurredAt").value("2026-06-01T08:00:00Z"))
                .andExpect(jsonPath("$[0].payload.ticketId").value(ticket.story.ticketId.toString()))
                .andExpect(jsonPath("$[0].payload.status.category").value("new"))
                .andExpect(jsonPath("$[3].payload.previousStatus.key").value("new"))
                .andExpect(jsonPath("$[16].version").value(17));
    }

    @Test
    void answersTicketNotFoundForIdsWithoutATicketStream() {
        CustomerId customer = CustomerId.random();
        events.append(List.of(new GenericDomainEventMessage<>("Customer", customer.toString(), 0,
                new CustomerRegisteredEvent(customer, null))));

        for (TicketId id : List.of(TicketId.random(), TicketId.of(customer.toString()))) {
            assertThatThrownBy(() -> controller.events(id)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.TICKET_NOT_FOUND));
        }
    }
}
