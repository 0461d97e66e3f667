package io.autocrm.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import io.autocrm.access.Caller;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.ticket.Status;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.events.ticket.TicketStatusChangedEvent;
import io.autocrm.query.audit.AuditTestSupport;
import io.autocrm.query.history.HistoryTestSupport;
import io.autocrm.query.testing.FullTicket;
import io.autocrm.query.testing.ProblemAdvice;
import io.autocrm.query.testing.ReadModelFixture;
import io.autocrm.query.testing.TestCaller;
import io.autocrm.query.ticketdetail.DetailTestSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * One ticket's reads for customers, through Spring MVC as a browser gets them: detail (now, {@code minVersion},
 * {@code asOf}), events and audit answer {@code ticket-not-found} for a ticket the customer may not see, and for their
 * own show only the customer view (asserted on the raw JSON). The ticket is {@link FullTicket}: custom field
 * {@code plan} is shown to customers, {@code areas} is not.
 */
class CustomerTicketReadsTest {

    /** What the customer view never shows of a {@link FullTicket}, in any response. */
    private static final List<String> HIDDEN = List.of("Customer sounds upset", "internal-note", "InternalNote",
            "Internal note", "vip", "billing", "priority", "Priority", "incident", "Incident", "assignee", "team",
            "Support ", "areas", "key-42", "globalIndex\":1");

    @RegisterExtension
    static final TestCaller CALLER = new TestCaller();
    private static ReadModelFixture db;
    private static MockMvc mvc;

    @BeforeAll
    static void database() {
        db = new ReadModelFixture(900);
        db.seed.customField("plan", true).customField("areas", false);
        mvc = MockMvcBuilders.standaloneSetup(DetailTestSupport.detailController(db, CALLER),
                AuditTestSupport.auditController(db, CALLER), HistoryTestSupport.eventsController(db, CALLER))
                .setControllerAdvice(new ProblemAdvice()).build();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void showsTheRequesterTheirTicketInTheCustomerViewNowAndAsOfAnyInstant() throws Exception {
        FullTicket t = stored();
        CALLER.customer(t.requester);

        for (String query : List.of("", "?minVersion=17", "?asOf=2100-01-01T00:00:00Z")) {
            MockHttpServletResponse response = read("/api/v1/tickets/" + id(t) + query, 200);
            String json = response.getContentAsString();
            assertThat(json).as(query).contains("Cannot print invoices", "My printer refuses every invoice",
                    "Please restart the spooler", "Still broken this morning", "Automated: driver updated",
                    "\"plan\":[\"gold\"]", "\"label\":\"Solved\"", "Ada Agent");
            assertThat(JsonPath.<List<String>>read(json, "$.messages[*].kind")).containsExactly("description",
                    "public-reply", "customer-message", "public-reply");
            assertHidden(json, query);
        }
        assertThat(read("/api/v1/tickets/" + id(t), 200).getHeader("ETag")).isEqualTo("\"17\"");
        CALLER.reset();
        assertThat(read("/api/v1/tickets/" + id(t), 200).getContentAsString()).as("the agent's view, unchanged")
                .contains("Customer sounds upset", "internal-note", "billing", "priority", "areas", "key-42");
    }

    @Test
    void answersTicketNotFoundForATicketTheCustomerMayNotSee() throws Exception {
        FullTicket t = stored();
        FullTicket unprojected = db.newTicket(Instant.parse("2026-09-02T08:00:00Z"));
        db.events.append(unprojected.story.events());
        CALLER.customer(UUID.randomUUID());

        for (FullTicket ticket : List.of(t, unprojected)) {
            for (String path : List.of("", "?minVersion=17", "?minVersion=99", "?asOf=2100-01-01T00:00:00Z",
                    "/events", "/audit", "/audit?minVersion=99")) {
                String json = read("/api/v1/tickets/" + id(ticket) + path, 404).getContentAsString();
                assertThat(json).as(path).contains("ticket-not-found", "No ticket has the id " + id(ticket) + ".");
            }
        }
        CALLER.customer(unprojected.requester);
        read("/api/v1/tickets/" + id(unprojected), 503);
    }

    @Test
    void letsOnlyMembersOfAnOrganisationThatSharesTicketsSeeEachOthers() throws Exception {
        FullTicket t = stored();
        UUID sharing = UUID.randomUUID();
        UUID closed = UUID.randomUUID();
        UUID colleague = UUID.randomUUID();
        db.seed.organisation(sharing, "Sharing " + sharing, true).organisation(closed, "Closed " + closed, false)
                .joins(t.requester, sharing);

        CALLER.customerSharing(colleague, sharing);
        assertHidden(read("/api/v1/tickets/" + id(t), 200).getContentAsString(), "colleague");
        read("/api/v1/tickets/" + id(t) + "/audit", 200);

        CALLER.set(Caller.customer(new io.autocrm.events.common.CustomerId(colleague), null));
        read("/api/v1/tickets/" + id(t), 404);
        CALLER.customerSharing(colleague, closed);
        read("/api/v1/tickets/" + id(t) + "/events", 404);
    }

    @Test
    void listsOnlyCustomerVisibleEventsWithReducedPayloads() throws Exception {
        FullTicket t = stored();
        CALLER.customer(t.requester);

        String json = read("/api/v1/tickets/" + id(t) + "/events", 200).getContentAsString();

        assertThat(JsonPath.<List<Integer>>read(json, "$[*].version")).containsExactly(1, 4, 5, 6, 13, 14, 15, 17);
        assertThat(JsonPath.<Map<String, Object>>read(json, "$[0].payload")).containsOnlyKeys("ticketId", "number",
                "requesterId", "status", "customFields", "firstMessageId");
        assertThat(json).contains("gold").doesNotContain(
                (String) t.story.events().getFirst().getMetaData().get(MetadataKeys.CORRELATION_ID));
        assertHidden(json, "events");
    }

    @Test
    void auditsOnlyCustomerVisibleEntries() throws Exception {
        FullTicket t = stored();
        CALLER.customer(t.requester);

        String json = read("/api/v1/tickets/" + id(t) + "/audit", 200).getContentAsString();

        assertThat(JsonPath.<List<Integer>>read(json, "$[*].version")).containsExactly(1, 4, 5, 6, 13, 14, 15, 17);
        assertThat(JsonPath.<String>read(json, "$[0].description")).isEqualTo("Ticket created with status New");
        assertThat(JsonPath.<String>read(json, "$[6].actor.id")).isNull();
        assertThat(json).doesNotContain("Question", "Normal");
        assertHidden(json, "audit");
    }

    @Test
    void namesTheRealActorWithTheirRoleInAuditAndEvents() throws Exception {
        FullTicket t = db.newTicket(Instant.parse("2026-09-03T08:00:00Z"));
        t.story.next(new TicketStatusChangedEvent(t.story.id, Status.builtIn(StatusCategory.SOLVED),
                Status.builtIn(StatusCategory.OPEN)), Map.of(MetadataKeys.ACTOR_TYPE, "user",
                MetadataKeys.ACTOR_ID, t.agent.toString(), MetadataKeys.ACTOR_ROLE, "agent",
                MetadataKeys.CHANNEL, "web"));
        db.events.append(t.story.events());
        db.projections.apply(t.story.events());

        for (String path : List.of("/audit", "/events")) {
            String json = read("/api/v1/tickets/" + id(t) + path, 200).getContentAsString();
            assertThat(JsonPath.<Map<String, Object>>read(json, "$[17].actor")).as(path).isEqualTo(
                    Map.of("type", "user", "id", t.agent.toString(), "role", "agent", "name", "Ada Agent"));
            assertThat(JsonPath.<Map<String, Object>>read(json, "$[0].actor")).as(path)
                    .containsEntry("type", "customer").containsEntry("name", "Rita Requester")
                    .containsEntry("role", null);
        }
        db.seed.erase(t.requester);
        String erased = read("/api/v1/tickets/" + id(t) + "/audit", 200).getContentAsString();
        assertThat(JsonPath.<Object>read(erased, "$[0].actor.name")).isNull();
    }

    private static void assertHidden(String json, String context) {
        for (String hidden : HIDDEN) {
            assertThat(json).as(context).doesNotContain(hidden);
        }
    }

    private static MockHttpServletResponse read(String path, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + " " + response.getContentAsString()).isEqualTo(status);
        return response;
    }

    private static FullTicket stored() {
        FullTicket t = db.newTicket(Instant.parse("2026-09-01T08:00:00Z"));
        db.events.append(t.story.events());
        db.projections.apply(t.story.events());
        return t;
    }

    private static String id(FullTicket t) {
        return t.story.ticketId.toString();
    }
}
