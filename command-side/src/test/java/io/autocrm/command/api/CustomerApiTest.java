package io.autocrm.command.api;

import static io.autocrm.command.api.ApiClient.postJson;
import static io.autocrm.command.api.ApiClient.read;
import static io.autocrm.command.api.ApiClient.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The customer endpoints over HTTP on the assembled command side, erasure included. */
@SpringJUnitWebConfig(CommandSideTestApplication.class)
class CustomerApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(MockMvcBuilders.webAppContextSetup(context).build());
    }

    @Test
    void registersFindsAndRefusesADuplicateEmail() {
        String email = uniqueEmail("grace");
        MvcResult created = api.perform(postJson("/api/v1/customers",
                "{\"name\": \"Grace\", \"email\": \"" + email + "\"}"));
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        String id = read(created, "$.id");
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/customers/" + id);

        MvcResult found = api.perform(get("/api/v1/customers/" + id));
        assertThat((String) read(found, "$.email")).isEqualTo(email);
        assertThat((String) read(found, "$.name")).isEqualTo("Grace");
        assertThat((Boolean) read(found, "$.erased")).isFalse();
        assertThat((List<String>) read(api.perform(get("/api/v1/customers").param("email", email.toUpperCase())),
                "$.items[*].id")).containsExactly(id);

        MvcResult duplicate = api.perform(postJson("/api/v1/customers",
                "{\"name\": \"Other\", \"email\": \"" + email.toUpperCase() + "\"}"));
        assertThat(duplicate.getResponse().getStatus()).isEqualTo(409);
        assertThat((String) read(duplicate, "$.code")).isEqualTo("duplicate-definition");
        assertThat(api.perform(get("/api/v1/customers/" + UUID.randomUUID())).getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void listsCustomersAPageAtATimeAndSearchesNamesAndEmails() {
        String organisation = read(api.perform(postJson("/api/v1/organisations",
                "{\"name\": \"Paged " + UUID.randomUUID() + "\", \"sharedTickets\": false}")), "$.id");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new java.util.ArrayList<>();
        for (String name : List.of("Ann " + marker, "Ben " + marker, "Cy 100%")) {
            ids.add(read(api.perform(postJson("/api/v1/customers", "{\"name\": \"" + name + "\", \"email\": \""
                    + uniqueEmail("paged") + "\", \"organisationId\": \"" + organisation + "\"}")), "$.id"));
        }

        MvcResult first = api.perform(get("/api/v1/customers").param("organisationId", organisation).param("limit", "2"));
        assertThat((List<String>) read(first, "$.items[*].id")).containsExactly(ids.get(0), ids.get(1));
        String cursor = read(first, "$.nextCursor");
        MvcResult second = api.perform(get("/api/v1/customers").param("organisationId", organisation)
                .param("limit", "2").param("cursor", cursor));
        assertThat((List<String>) read(second, "$.items[*].id")).containsExactly(ids.get(2));
        assertThat((Object) read(second, "$.nextCursor")).isNull();

        assertThat((List<String>) read(api.perform(get("/api/v1/customers").param("q", marker.toUpperCase())),
                "$.items[*].id")).containsExactlyInAnyOrder(ids.get(0), ids.get(1));
        assertThat((List<String>) read(api.perform(get("/api/v1/customers").param("q", "0%")
                .param("organisationId", organisation)), "$.items[*].id")).containsExactly(ids.get(2));
        assertThat(api.perform(get("/api/v1/customers").param("cursor", "garbage")).getResponse().getStatus())
                .isEqualTo(400);
        assertThat(api.perform(get("/api/v1/customers").param("limit", "1000")).getResponse().getStatus())
                .isEqualTo(400);
    }

    @Test
    void refusesInvalidCustomersAndUnknownOrganisations() {
        assertThat(api.perform(postJson("/api/v1/customers", "{\"name\": \"X\", \"email\": \"not-an-email\"}"))
                .getResponse().getStatus()).isEqualTo(400);
        MvcResult unknownOrganisation = api.perform(postJson("/api/v1/customers", "{\"name\": \"X\", \"email\": "
                + "\"x@example.com\", \"organisationId\": \"" + UUID.randomUUID() + "\"}"));
        assertThat(unknownOrganisation.getResponse().getStatus()).isEqualTo(422);
        assertThat((String) read(unknownOrganisation, "$.code")).isEqualTo("unknown-organisation");
        String organisation = read(api.perform(postJson("/api/v1/organisations",
                "{\"name\": \"Org " + UUID.randomUUID() + "\", \"sharedTickets\": true}")), "$.id");
        MvcResult member = api.perform(postJson("/api/v1/customers", "{\"name\": \"X\", \"email\": \""
                + uniqueEmail("member") + "\", \"organisationId\": \"" + organisation + "\"}"));
        assertThat(member.getResponse().getStatus()).isEqualTo(201);
        assertThat((String) read(api.perform(get("/api/v1/customers/" + read(member, "$.id"))), "$.organisationId"))
                .isEqualTo(organisation);
    }

    @Test
    void refusesRepliesAndNotesOnTheTicketOfAnErasedCustomerAndStoresNothing() {
        String customer = api.customer();
        String ticket = read(api.perform(postJson("/api/v1/tickets", """
                {"subject": "s", "description": "d", "requesterId": "%s"}""".formatted(customer))), "$.id");
        assertThat(api.perform(post("/api/v1/customers/" + customer + "/erasure")).getResponse().getStatus())
                .isEqualTo(200);

        for (String kind : List.of("public-reply", "internal-note")) {
            MvcResult refused = api.perform(postJson("/api/v1/tickets/" + ticket + "/messages",
                    "{\"kind\": \"" + kind + "\", \"body\": \"Quoting the customer\"}"));
            assertThat(refused.getResponse().getStatus()).isEqualTo(422);
            assertThat((String) read(refused, "$.code")).isEqualTo("customer-erased");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM pii.ticket_content WHERE ticket_id = ? OR subject_id = ?")
                .params(UUID.fromString(ticket), UUID.fromString(customer)).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM events.domain_event_entry WHERE aggregate_identifier = ?")
                .param(ticket).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void deletesTextLeftUnderAnErasedCustomerOnEveryErasure() {
        String customer = api.customer();
        String erasedAt = read(api.perform(post("/api/v1/customers/" + customer + "/erasure")), "$.erasedAt");
        jdbc.sql("""
                INSERT INTO pii.ticket_content (content_id, ticket_id, subject_id, kind, body) VALUES (?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), UUID.randomUUID(), UUID.fromString(customer), "message", "Left behind")
                .update();

        MvcResult again = api.perform(post("/api/v1/customers/" + customer + "/erasure"));

        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        assertThat((String) read(again, "$.erasedAt")).isEqualTo(erasedAt);
        assertThat(jdbc.sql("SELECT count(*) FROM pii.ticket_content WHERE subject_id = ?")
                .param(UUID.fromString(customer)).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM events.domain_event_entry WHERE aggregate_identifier = ?")
                .param(customer).query(Long.class).single()).isEqualTo(2L);
    }

    @Test
    void erasesPersonalDataOnceAndKeepsTheTicketsEvents() {
        String email = uniqueEmail("heidi");
        String ticket = read(api.perform(postJson("/api/v1/tickets", """
                {"subject": "My address is 1 Main St", "description": "Phone 555-0199",
                 "requester": {"name": "Heidi", "email": "%s"}}""".formatted(email))), "$.id");
        String customer = jdbc.sql("SELECT id::text FROM pii.customer WHERE email = ?").param(email)
                .query(String.class).single();
        assertThat(api.perform(postJson("/api/v1/tickets/" + ticket + "/messages",
                "{\"kind\": \"customer-message\", \"body\": \"Also my IBAN\"}")).getResponse().getStatus())
                .isEqualTo(201);

        MvcResult erasure = api.perform(post("/api/v1/customers/" + customer + "/erasure"));
        assertThat(erasure.getResponse().getStatus()).isEqualTo(200);
        assertThat((String) read(erasure, "$.id")).isEqualTo(customer);
        String erasedAt = read(erasure, "$.erasedAt");
        assertThat(erasedAt).isNotBlank();

        MvcResult found = api.perform(get("/api/v1/customers/" + customer));
        assertThat((Boolean) read(found, "$.erased")).isTrue();
        assertThat((Object) read(found, "$.name")).isNull();
        assertThat((Object) read(found, "$.email")).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM pii.ticket_content WHERE ticket_id = ?")
                .param(UUID.fromString(ticket)).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM events.domain_event_entry WHERE aggregate_identifier = ?")
                .param(ticket).query(Long.class).single()).isEqualTo(2L);
        assertThat(jdbc.sql("SELECT count(*) FROM events.domain_event_entry WHERE convert_from(payload, 'UTF8') "
                + "LIKE ? OR convert_from(meta_data, 'UTF8') LIKE ?").params("%heidi%", "%heidi%")
                .query(Long.class).single()).isZero();

        MvcResult again = api.perform(post("/api/v1/customers/" + customer + "/erasure"));
        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        assertThat((String) read(again, "$.erasedAt")).isEqualTo(erasedAt);
        assertThat(jdbc.sql("SELECT count(*) FROM events.domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type LIKE '%CustomerErasedEvent'").param(customer).query(Long.class).single())
                .isEqualTo(1L);

        MvcResult erasedRequester = api.perform(postJson("/api/v1/tickets/" + ticket + "/messages",
                "{\"kind\": \"customer-message\", \"body\": \"Hello again\"}"));
        assertThat(erasedRequester.getResponse().getStatus()).isEqualTo(422);
        assertThat((String) read(erasedRequester, "$.code")).isEqualTo("customer-erased");
        assertThat(api.perform(post("/api/v1/customers/" + UUID.randomUUID() + "/erasure")).getResponse()
                .getStatus()).isEqualTo(404);
    }
}
