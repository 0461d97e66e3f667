package io.autocrm.app.tickets;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.autocrm.app.support.Api;
import io.autocrm.app.support.Api.Response;
import io.autocrm.app.support.AppTest;
import io.autocrm.app.support.Tokens;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Required custom fields over HTTP: solving needs a value in each (refused with {@code required-field-missing} naming
 * them), customers opening a ticket need the required fields they see, agents do not; inactive fields never count.
 * The fields are made optional again afterwards, since every app test shares the database.
 */
@AppTest
class RequiredCustomFieldsTest {

    @LocalServerPort
    int port;
    @Autowired
    JWKSource<SecurityContext> keys;
    Api admin;
    String marker;
    String visible;
    String internal;

    @BeforeEach
    void setUp() {
        admin = new Api(port);
        marker = UUID.randomUUID().toString().substring(0, 8);
        visible = "rq_plan_" + marker;
        internal = "rq_seats_" + marker;
        Response created = admin.post("/api/v1/custom-fields", json("key", visible, "label", "Plan", "type",
                "dropdown", "options", List.of(json("key", "free", "label", "Free"), json("key", "pro", "label", "Pro")),
                "customerVisible", true, "required", true));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("required").asBoolean()).isTrue();
        admin.post("/api/v1/custom-fields", json("key", internal, "label", "Seats", "type", "number"));
        Response marked = admin.patch("/api/v1/custom-fields/" + internal, json("required", true));
        assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
        assertThat(marked.json().get("required").asBoolean()).isTrue();
    }

    @AfterEach
    void makeOptionalAgain() {
        for (String key : List.of(visible, internal)) {
            assertThat(admin.patch("/api/v1/custom-fields/" + key, json("required", false)).status()).isEqualTo(200);
        }
    }

    @Test
    void solvingNeedsEveryRequiredFieldAndTheRefusalNamesThem() {
        String agent = admin.post("/api/v1/agents", json("name", "Req Agent", "email", "rq-" + marker
                + "@example.com")).json().get("id").asString();
        String customer = admin.post("/api/v1/customers", json("name", "Req Customer", "email", "rqc-" + marker
                + "@example.com")).json().get("id").asString();
        Response created = admin.post("/api/v1/tickets", json("subject", "Needs fields", "description", "d",
                "requesterId", customer, "assigneeId", agent));
        assertThat(created.status()).as("agents open tickets without required fields").isEqualTo(201);
        String id = created.json().get("id").asString();

        Response refused = admin.patch("/api/v1/tickets/" + id, json("status", "solved"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("required-field-missing");
        assertThat(refused.json().get("detail").asString()).contains("'" + visible + "'", "'" + internal + "'");

        Response halfway = admin.patch("/api/v1/tickets/" + id, json("status", "solved",
                "customFields", json(visible, "pro")));
        assertThat(halfway.json().get("code").asString()).isEqualTo("required-field-missing");
        assertThat(halfway.json().get("detail").asString()).contains(internal).doesNotContain(visible);

        admin.patch("/api/v1/custom-fields/" + internal, json("active", false));
        try {
            Response solved = admin.patch("/api/v1/tickets/" + id, json("status", "solved",
                    "customFields", json(visible, "pro")));
            assertThat(solved.status()).as("an inactive field never counts: " + solved).isEqualTo(200);
            Response clearing = admin.patch("/api/v1/tickets/" + id, json("customFields", json(visible, null)));
            assertThat(clearing.json().get("code").asString()).isEqualTo("required-field-missing");
        } finally {
            admin.patch("/api/v1/custom-fields/" + internal, json("active", true));
        }
    }

    @Test
    void customersOpenTicketsOnlyWithTheRequiredFieldsTheySee() {
        String customer = admin.post("/api/v1/customers", json("name", "Portal Customer", "email", "rqp-" + marker
                + "@example.com")).json().get("id").asString();
        admin.post("/api/v1/users", json("id", customer, "role", "customer", "password", "required-fields-pw-1"));
        Api asCustomer = admin.as(new Tokens(keys, port).forUser(UUID.fromString(customer), "customer"));

        Response refused = asCustomer.post("/api/v1/tickets", json("subject", "Help", "description", "Please"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("required-field-missing");
        assertThat(refused.json().get("detail").asString()).contains("'" + visible + "'")
                .as("a field customers cannot see is never named to them").doesNotContain(internal);
        Response empty = asCustomer.post("/api/v1/tickets", json("subject", "Help", "description", "Please",
                "customFields", json(visible, "")));
        assertThat(empty.json().get("code").asString()).isEqualTo("required-field-missing");

        Response opened = asCustomer.post("/api/v1/tickets", json("subject", "Help", "description", "Please",
                "customFields", json(visible, "free")));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    }

    @Test
    void listsTheFlag() {
        assertThat(admin.get("/api/v1/custom-fields").json().valueStream()
                .filter(field -> field.get("key").asString().equals(visible))
                .map(field -> field.get("required").asBoolean()).toList()).containsExactly(true);
    }
}
