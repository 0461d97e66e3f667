package io.autocrm.command.api;

import static io.autocrm.command.api.ApiClient.patchJson;
import static io.autocrm.command.api.ApiClient.postJson;
import static io.autocrm.command.api.ApiClient.read;
import static io.autocrm.command.api.ApiClient.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.autocrm.access.Caller;
import io.autocrm.access.Role;
import io.autocrm.access.Scope;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.OrganisationId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What the command side decides from the caller: customers open tickets only for themselves with the fields they see,
 * reach only the tickets they may see (others do not exist for them), and write only customer messages under their
 * own name; agents write under their own name; integrations may name an agent. Every refusal writes nothing.
 */
@SpringJUnitWebConfig(CommandSideTestApplication.class)
class CallerRulesApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestCaller caller;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(MockMvcBuilders.webAppContextSetup(context).build());
    }

    @AfterEach
    void resetCaller() {
        caller.reset();
    }

    @Test
    void opensACustomersTicketWithThemAsRequesterAndRecordsTheirRole() {
        String customer = api.customer();
        caller.use(customerCaller(customer, null));
        MvcResult created = api.perform(postJson("/api/v1/tickets",
                "{\"subject\": \"Help\", \"description\": \"Please\", \"channel\": \"web\"}"));
        assertThat(created.getResponse().getStatus()).as(() -> contentOf(created)).isEqualTo(201);
        String event = creationOf(read(created, "$.id"));
        assertThat(event).contains("\"requesterId\":\"" + customer + "\"");
        assertThat(metaDataOf(read(created, "$.id"))).contains("\"actorType\":\"customer\"",
                "\"actorId\":\"" + customer + "\"", "\"actorRole\":\"customer\"");
        assertStatus(postJson("/api/v1/tickets", """
                {"subject": "s", "description": "d", "requesterId": "%s"}""".formatted(customer)), 201);
    }

    @Test
    void refusesEveryMemberACustomerMayNotSetNamingItAndWritesNothing() {
        String customer = api.customer();
        String other = api.customer();
        String hidden = field(false);
        caller.use(customerCaller(customer, null));
        long events = totalEvents();
        long customers = totalCustomers();
        Map<String, String> members = Map.of(
                "requesterId", "\"" + other + "\"",
                "requester", "{\"email\": \"" + uniqueEmail("new") + "\"}",
                "status", "\"open\"", "priority", "\"high\"",
                "assigneeId", "\"" + UUID.randomUUID() + "\"", "teamId", "\"" + UUID.randomUUID() + "\"",
                "tags", "[\"vip\"]");
        members.forEach((member, value) -> assertProblem(postJson("/api/v1/tickets",
                "{\"subject\": \"s\", \"description\": \"d\", \"" + member + "\": " + value + "}"), 403,
                "customer-action-forbidden", "'" + member + "'"));
        for (String field : List.of(hidden, "no_such_field")) {
            assertProblem(postJson("/api/v1/tickets", """
                    {"subject": "s", "description": "d", "customFields": {"%s": "x"}}""".formatted(field)), 403,
                    "customer-action-forbidden", "custom field '" + field + "'");
        }
        assertThat(totalEvents()).isEqualTo(events);
        assertThat(totalCustomers()).isEqualTo(customers);
    }

    @Test
    void letsACustomerSayWhatKindOfRequestTheyOpen() {
        caller.use(customerCaller(api.customer(), null));
        MvcResult created = api.perform(postJson("/api/v1/tickets",
                "{\"subject\": \"s\", \"description\": \"d\", \"type\": \"incident\"}"));
        assertThat(created.getResponse().getStatus()).as(() -> contentOf(created)).isEqualTo(201);
        assertThat(creationOf(read(created, "$.id"))).contains("\"type\":\"incident\"");
    }

    @Test
    void letsACustomerFillInTheFieldsTheySee() {
        String visible = field(true);
        caller.use(customerCaller(api.customer(), null));
        MvcResult created = api.perform(postJson("/api/v1/tickets", """
                {"subject": "s", "description": "d", "customFields": {"%s": "mine"}}""".formatted(visible)));
        assertThat(created.getResponse().getStatus()).as(() -> contentOf(created)).isEqualTo(201);
        assertThat(creationOf(read(created, "$.id"))).contains("\"" + visible + "\"", "\"mine\"");
    }

    @Test
    void keepsEachCustomersIdempotencyKeysTheirOwn() {
        String key = "key-" + UUID.randomUUID();
        String body = "{\"subject\": \"s\", \"description\": \"d\"}";
        String one = api.customer();
        String another = api.customer();
        caller.use(customerCaller(one, null));
        MvcResult first = api.perform(postJson("/api/v1/tickets", body).header("Idempotency-Key", key));
        MvcResult retry = api.perform(postJson("/api/v1/tickets", body).header("Idempotency-Key", key));
        caller.use(customerCaller(another, null));
        MvcResult someoneElse = api.perform(postJson("/api/v1/tickets", body).header("Idempotency-Key", key));

        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        assertThat((String) read(retry, "$.id")).isEqualTo(read(first, "$.id"));
        assertThat(someoneElse.getResponse().getStatus()).isEqualTo(201);
        assertThat((String) read(someoneElse, "$.id")).isNotEqualTo(read(first, "$.id"));
    }

    @Test
    void answersNotFoundForTicketsACustomerMayNotSeeAndForbiddenForChangesToTheirOwn() {
        Organisation shared = organisation(true);
        Organisation closed = organisation(false);
        String requester = shared.member();
        String colleague = shared.member();
        String sameOrganisationNotShared = closed.member();
        String ticket = ticketFor(requester);
        String neighboursTicket = ticketFor(closed.member());
        assertStatus(patchJson("/api/v1/tickets/" + ticket, "{\"priority\": \"low\"}"), 200);
        long events = totalEvents();

        caller.use(customerCaller(requester, shared.id()));
        assertProblem(patchJson("/api/v1/tickets/" + ticket, "{\"priority\": \"high\"}"), 403,
                "customer-action-forbidden");
        caller.use(customerCaller(colleague, shared.id()));
        assertProblem(patchJson("/api/v1/tickets/" + ticket, "{}"), 403, "customer-action-forbidden");
        caller.use(customerCaller(sameOrganisationNotShared, null));
        assertProblem(patchJson("/api/v1/tickets/" + neighboursTicket, "{}"), 404, "ticket-not-found");
        assertProblem(patchJson("/api/v1/tickets/" + ticket, "{\"priority\": \"high\"}")
                .header("If-Match", "\"1\""), 404, "ticket-not-found");
        assertThat(totalEvents()).isEqualTo(events);
    }

    @Test
    void letsCustomersWriteOnTicketsTheySeeUnderTheirOwnNameOnly() {
        Organisation shared = organisation(true);
        String requester = shared.member();
        String colleague = shared.member();
        String stranger = api.customer();
        String ticket = ticketFor(requester);

        caller.use(customerCaller(requester, shared.id()));
        assertStatus(message(ticket, "customer-message", null), 201);
        caller.use(customerCaller(colleague, shared.id()));
        assertStatus(message(ticket, "customer-message", null), 201);
        assertThat(authorsOf(ticket)).containsExactly(requester, colleague);

        long events = totalEvents();
        assertProblem(message(ticket, "customer-message", requester), 403, "customer-action-forbidden");
        assertProblem(message(ticket, "public-reply", null), 403, "customer-action-forbidden");
        assertProblem(message(ticket, "internal-note", null), 403, "customer-action-forbidden");
        caller.use(customerCaller(stranger, null));
        for (String kind : List.of("customer-message", "public-reply", "internal-note")) {
            assertProblem(message(ticket, kind, null), 404, "ticket-not-found");
        }
        assertThat(totalEvents()).isEqualTo(events);
    }

    @Test
    void opensAColleaguesFollowUpWithTheColleagueAsRequester() {
        Organisation shared = organisation(true);
        String requester = shared.member();
        String colleague = shared.member();
        String ticket = ticketFor(requester);
        assertStatus(patchJson("/api/v1/tickets/" + ticket,
                "{\"assigneeId\": \"" + api.agent() + "\", \"status\": \"solved\"}"), 200);
        assertStatus(patchJson("/api/v1/tickets/" + ticket, "{\"status\": \"closed\"}"), 200);

        caller.use(customerCaller(colleague, shared.id()));
        MvcResult followUp = api.perform(message(ticket, "customer-message", null));
        assertThat(followUp.getResponse().getStatus()).as(() -> contentOf(followUp)).isEqualTo(201);
        assertThat((Boolean) read(followUp, "$.followUp")).isTrue();
        String followUpId = read(followUp, "$.ticketId");
        assertThat(creationOf(followUpId)).contains("\"requesterId\":\"" + colleague + "\"",
                "\"followUpOf\":\"" + ticket + "\"");
        assertThat(jdbc.sql("SELECT body FROM pii.ticket_content WHERE content_id = ?")
                .param(UUID.fromString(followUpId)).query(String.class).single())
                .isEqualTo("Follow-up to #" + numberOf(ticket));
    }

    @Test
    void recordsAnAgentsMessagesUnderTheirOwnNameAndRefusesAnother() {
        String agent = api.agent();
        String colleague = api.agent();
        String ticket = api.ticket();
        caller.use(Caller.staff(UUID.fromString(agent), Role.AGENT));
        assertStatus(message(ticket, "public-reply", null), 201);
        assertStatus(message(ticket, "internal-note", agent), 201);
        long events = totalEvents();
        assertProblem(message(ticket, "internal-note", colleague), 403, "forbidden");
        assertThat(totalEvents()).isEqualTo(events);
        assertThat(jdbc.sql("""
                SELECT convert_from(payload, 'UTF8') FROM events.domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%Added%' ORDER BY sequence_number""")
                .param(ticket).query(String.class).list())
                .allSatisfy(payload -> assertThat(payload).contains("\"authorId\":\"" + agent + "\""));
        assertThat(metaDataOf(ticket)).contains("\"actorRole\":\"agent\"");
    }

    @Test
    void letsAnIntegrationNameAnExistingAgent() {
        String agent = api.agent();
        String ticket = api.ticket();
        caller.use(Caller.apiKey(UUID.randomUUID(), Set.of(Scope.TICKETS_WRITE)));
        assertStatus(message(ticket, "public-reply", agent), 201);
        assertStatus(message(ticket, "internal-note", null), 201);
        assertProblem(message(ticket, "internal-note", UUID.randomUUID().toString()), 422, "agent-not-found");
        assertThat(metaDataOf(ticket)).contains("\"actorType\":\"api_key\"", "\"actorRole\":\"integration\"");
    }

    @Test
    void showsCustomersOnlyTheFieldsTheySeeAndTheStatusesInUse() {
        String visible = field(true);
        String hidden = field(false);
        String retired = "retired-" + UUID.randomUUID().toString().substring(0, 8);
        assertStatus(postJson("/api/v1/statuses", """
                {"key": "%s", "label": "Retired", "category": "open"}""".formatted(retired)), 201);
        assertStatus(patchJson("/api/v1/statuses/" + retired, "{\"active\": false}"), 200);
        assertThat((List<String>) read(api.perform(get("/api/v1/custom-fields")), "$[*].key"))
                .contains(visible, hidden);
        assertThat((List<String>) read(api.perform(get("/api/v1/statuses")), "$[*].key")).contains(retired);

        caller.use(customerCaller(api.customer(), null));
        assertThat((List<String>) read(api.perform(get("/api/v1/custom-fields")), "$[*].key"))
                .contains(visible).doesNotContain(hidden);
        assertThat((List<Boolean>) read(api.perform(get("/api/v1/custom-fields")), "$[*].customerVisible"))
                .containsOnly(true);
        assertThat((List<String>) read(api.perform(get("/api/v1/statuses")), "$[*].key"))
                .contains("new", "open").doesNotContain(retired);
    }

    private static Caller customerCaller(String customerId, OrganisationId sharedOrganisation) {
        return Caller.customer(CustomerId.of(customerId), sharedOrganisation);
    }

    /** An organisation made by the admin; its members are registered by the admin too. */
    private record Organisation(OrganisationId id, ApiClient api) {

        String member() {
            return read(api.perform(postJson("/api/v1/customers", """
                    {"name": "Member", "email": "%s", "organisationId": "%s"}"""
                    .formatted(uniqueEmail("member"), id.value()))), "$.id");
        }
    }

    private Organisation organisation(boolean sharedTickets) {
        String id = read(api.perform(postJson("/api/v1/organisations", """
                {"name": "Org %s", "sharedTickets": %s}""".formatted(UUID.randomUUID(), sharedTickets))), "$.id");
        return new Organisation(new OrganisationId(UUID.fromString(id)), api);
    }

    private String field(boolean customerVisible) {
        String key = "f_" + UUID.randomUUID().toString().substring(0, 8);
        assertStatus(postJson("/api/v1/custom-fields", """
                {"key": "%s", "label": "F", "type": "text", "customerVisible": %s}"""
                .formatted(key, customerVisible)), 201);
        return key;
    }

    private String ticketFor(String requester) {
        return read(api.perform(postJson("/api/v1/tickets", """
                {"subject": "Our printer", "description": "It is on fire.", "requesterId": "%s"}"""
                .formatted(requester))), "$.id");
    }

    private static MockHttpServletRequestBuilder message(String ticket, String kind, String authorId) {
        return postJson("/api/v1/tickets/" + ticket + "/messages", "{\"kind\": \"" + kind + "\", \"body\": \"Hi\""
                + (authorId == null ? "" : ", \"authorId\": \"" + authorId + "\"") + "}");
    }

    private List<String> authorsOf(String ticket) {
        return jdbc.sql("""
                SELECT convert_from(payload, 'UTF8')::jsonb ->> 'authorId' FROM events.domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%CustomerMessageAdded%'
                ORDER BY sequence_number""").param(ticket).query(String.class).list();
    }

    private long numberOf(String ticket) {
        return jdbc.sql("""
                SELECT (convert_from(payload, 'UTF8')::jsonb ->> 'number')::bigint FROM events.domain_event_entry
                WHERE aggregate_identifier = ? AND sequence_number = 0""").param(ticket).query(Long.class).single();
    }

    private String creationOf(String ticket) {
        return jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM events.domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = 0").param(ticket).query(String.class).single();
    }

    private String metaDataOf(String ticket) {
        return jdbc.sql("SELECT convert_from(meta_data, 'UTF8') FROM events.domain_event_entry "
                        + "WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1").param(ticket)
                .query(String.class).single();
    }

    private long totalEvents() {
        return jdbc.sql("SELECT count(*) FROM events.domain_event_entry").query(Long.class).single();
    }

    private void assertStatus(MockHttpServletRequestBuilder request, int status) {
        MvcResult result = api.perform(request);
        assertThat(result.getResponse().getStatus()).as(() -> contentOf(result)).isEqualTo(status);
    }

    private void assertProblem(MockHttpServletRequestBuilder request, int status, String code) {
        assertProblem(request, status, code, "");
    }

    private void assertProblem(MockHttpServletRequestBuilder request, int status, String code, String detailPart) {
        MvcResult result = api.perform(request);
        assertThat(result.getResponse().getStatus()).as(() -> contentOf(result)).isEqualTo(status);
        assertThat((String) read(result, "$.code")).isEqualTo(code);
        assertThat((String) read(result, "$.detail")).contains(detailPart);
    }

    private long totalCustomers() {
        return jdbc.sql("SELECT count(*) FROM pii.customer").query(Long.class).single();
    }

    private static String contentOf(MvcResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
