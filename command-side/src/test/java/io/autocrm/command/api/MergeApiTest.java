package io.autocrm.command.api;

import static io.autocrm.command.api.ApiClient.postJson;
import static io.autocrm.command.api.ApiClient.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Merge, undo and split over HTTP on the assembled command side (PostgreSQL, Axon): both tickets' streams change in
 * one transaction or neither does.
 */
@SpringJUnitWebConfig(CommandSideTestApplication.class)
class MergeApiTest {

    private static final String EVENTS = """
            SELECT substring(payload_type from '[^.]+$') FROM events.domain_event_entry
             WHERE aggregate_identifier = ? ORDER BY sequence_number""";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;
    String requester;

    @BeforeEach
    void setUp() {
        api = new ApiClient(MockMvcBuilders.webAppContextSetup(context).build());
        requester = api.customer();
    }

    @Test
    void recordsTheMergeOnBothStreamsAndForwardsTheMergedTicketsCustomerMessagesToTheSurvivor() {
        String survivor = ticket();
        String merged = ticket();

        MvcResult merge = api.perform(merge(survivor, merged, 1).header("If-Match", "\"1\""));

        assertThat(merge.getResponse().getStatus()).isEqualTo(200);
        assertThat(merge.getResponse().getHeader("ETag")).isEqualTo("\"2\"");
        assertThat((Integer) read(merge, "$.mergedTicketVersion")).isEqualTo(3);
        assertThat(events(merged)).containsExactly("TicketCreatedEvent", "TicketMergedEvent",
                "TicketStatusChangedEvent");
        assertThat(events(survivor)).containsExactly("TicketCreatedEvent", "TicketMergeReceivedEvent");

        MvcResult message = api.perform(postJson("/api/v1/tickets/" + merged + "/messages",
                "{\"kind\": \"customer-message\", \"body\": \"Any news?\"}").header("If-Match", "\"3\""));
        assertThat(message.getResponse().getStatus()).isEqualTo(201);
        assertThat((String) read(message, "$.ticketId")).isEqualTo(survivor);
        assertThat((String) read(message, "$.forwardedFrom")).isEqualTo(merged);
        assertThat(events(merged)).hasSize(3);
        assertThat(events(survivor)).endsWith("CustomerMessageAddedEvent");
    }

    @Test
    void changesNeitherTicketWhenTheSurvivorRefusesItsHalf() {
        String closedSurvivor = ticket();
        api.perform(merge(ticket(), closedSurvivor, 1));
        String merged = ticket();

        MvcResult refused = api.perform(merge(closedSurvivor, merged, 1));

        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat((String) read(refused, "$.code")).isEqualTo("ticket-closed");
        assertThat(events(merged)).containsExactly("TicketCreatedEvent");
        assertThat(events(closedSurvivor)).containsExactly("TicketCreatedEvent", "TicketMergedEvent",
                "TicketStatusChangedEvent");
    }

    @Test
    void refusesAStaleVersionOfEitherTicketAndChangesNeither() {
        String survivor = ticket();
        String merged = ticket();
        api.perform(postJson("/api/v1/tickets/" + merged + "/messages",
                "{\"kind\": \"customer-message\", \"body\": \"More\"}"));

        MvcResult stale = api.perform(merge(survivor, merged, 1));

        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat((String) read(stale, "$.code")).isEqualTo("version-conflict");
        assertThat(events(survivor)).containsExactly("TicketCreatedEvent");
        assertThat(api.perform(merge(survivor, merged, 2).header("If-Match", "\"2\"")).getResponse().getStatus())
                .isEqualTo(409);
        assertThat(events(merged)).containsExactly("TicketCreatedEvent", "CustomerMessageAddedEvent");
    }

    @Test
    void refusesToMergeTicketsOfDifferentRequesters() {
        String survivor = api.ticket();
        MvcResult refused = api.perform(merge(survivor, ticket(), 1));
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat((String) read(refused, "$.code")).isEqualTo("merge-refused");
    }

    @Test
    void undoesTheMergeOnBothStreamsKeepingWhatTheSurvivorGotSince() {
        String survivor = ticket();
        String merged = ticket();
        api.perform(merge(survivor, merged, 1));
        api.perform(postJson("/api/v1/tickets/" + survivor + "/messages",
                "{\"kind\": \"internal-note\", \"body\": \"Checked\"}"));

        MvcResult undo = api.perform(post("/api/v1/tickets/" + merged + "/unmerge").header("If-Match", "\"3\""));

        assertThat(undo.getResponse().getStatus()).isEqualTo(200);
        assertThat(undo.getResponse().getHeader("ETag")).isEqualTo("\"5\"");
        assertThat(events(merged)).endsWith("TicketUnmergedEvent", "TicketStatusChangedEvent");
        assertThat(events(survivor)).containsExactly("TicketCreatedEvent", "TicketMergeReceivedEvent",
                "InternalNoteAddedEvent", "TicketMergeUndoneEvent");
        MvcResult again = api.perform(post("/api/v1/tickets/" + merged + "/unmerge"));
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat((String) read(again, "$.code")).isEqualTo("ticket-not-merged");
    }

    @Test
    void splitsChosenMessagesIntoANewLinkedTicket() {
        String source = ticket();
        String message = read(api.perform(postJson("/api/v1/tickets/" + source + "/messages",
                "{\"kind\": \"customer-message\", \"body\": \"Also, my login fails\"}")), "$.messageId");

        MvcResult split = api.perform(postJson("/api/v1/tickets/" + source + "/split", """
                {"messageIds": ["%s"], "subject": "Login fails"}""".formatted(message)).header("If-Match", "\"2\""));

        assertThat(split.getResponse().getStatus()).isEqualTo(201);
        String created = read(split, "$.newTicketId");
        assertThat(split.getResponse().getHeader("Location")).isEqualTo("/api/v1/tickets/" + created);
        assertThat(events(source)).endsWith("MessagesSplitOffEvent");
        assertThat(events(created)).containsExactly("TicketCreatedEvent", "TicketSplitFromEvent");
        assertThat(jdbc.sql("SELECT body FROM pii.ticket_content WHERE ticket_id = ?::uuid AND kind = 'subject'")
                .param(created).query(String.class).single()).isEqualTo("Login fails");
        MvcResult refused = api.perform(postJson("/api/v1/tickets/" + source + "/split", """
                {"messageIds": ["%s"], "subject": "Again"}""".formatted(message)));
        assertThat((String) read(refused, "$.code")).isEqualTo("split-refused");
    }

    private String ticket() {
        return read(api.perform(postJson("/api/v1/tickets", """
                {"subject": "Printer on fire", "description": "It is on fire.", "requesterId": "%s"}"""
                .formatted(requester))), "$.id");
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder merge(
            String survivor, String merged, long mergedVersion) {
        return postJson("/api/v1/tickets/" + survivor + "/merge", """
                {"mergedTicketId": "%s", "mergedTicketVersion": %d}""".formatted(merged, mergedVersion));
    }

    private List<String> events(String ticketId) {
        return jdbc.sql(EVENTS).param(ticketId).query(String.class).list();
    }
}
