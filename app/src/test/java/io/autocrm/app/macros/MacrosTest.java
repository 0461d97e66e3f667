package io.autocrm.app.macros;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import io.autocrm.app.support.Tokens;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Macros: checked against the directory when saved, personal to their owner or shared by admins, never seen by
 * customers, rendered for a ticket with placeholders filled and escaped, and applied through the ordinary ticket
 * endpoints, whose events name the macro as their cause and whose success counts one use.
 */
@AppTest
class MacrosTest {

    @LocalServerPort
    int port;
    @Autowired
    JWKSource<SecurityContext> keys;
    @Autowired
    JdbcClient jdbc;
    Api bootstrap;
    Api ann;
    String annId;
    Api bob;
    Api admin;
    Api customer;
    String customerId;

    @BeforeEach
    void setUp() {
        bootstrap = new Api(port);
        Tokens tokens = new Tokens(keys, port);
        annId = person("Ann Macro", "agent");
        ann = bootstrap.as(tokens.forUser(UUID.fromString(annId), "agent"));
        bob = bootstrap.as(tokens.forUser(UUID.fromString(person("Bob Macro", "agent")), "agent"));
        admin = bootstrap.as(tokens.forUser(UUID.fromString(person("Ada Macro", "admin")), "admin"));
        customerId = bootstrap.post("/api/v1/customers", json("name", "Zoë <b>\"Quote\"</b> Smith",
                "email", UUID.randomUUID() + "@example.com")).json().get("id").asString();
        assertThat(bootstrap.post("/api/v1/users", json("id", customerId, "role", "customer",
                "password", "macro-password-01")).status()).isEqualTo(201);
        customer = bootstrap.as(tokens.forUser(UUID.fromString(customerId), "customer"));
    }

    @Test
    void keepsPersonalMacrosToTheirOwnerAndSharedOnesToAdmins() {
        Api.Response created = ann.post("/api/v1/macros", macro("Mine", false, json("priority", "high")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String mine = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/v1/macros/" + mine);
        assertThat(ids(ann)).contains(mine);
        assertThat(ids(bob)).doesNotContain(mine);
        assertThat(put(bob, mine, macro("Taken", false, json())).json().get("code").asString())
                .isEqualTo("macro-not-found");
        assertThat(delete(bob, mine).status()).isEqualTo(404);

        Api.Response refused = ann.post("/api/v1/macros", macro("For everyone", true, json()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("forbidden");
        String shared = admin.post("/api/v1/macros", macro("Shared " + UUID.randomUUID(), true, json()))
                .json().get("id").asString();
        assertThat(ids(ann)).contains(shared, mine);
        assertThat(ids(admin)).contains(shared).doesNotContain(mine);
        assertThat(put(ann, shared, macro("Hijacked", true, json())).status()).isEqualTo(403);
        assertThat(delete(ann, shared).status()).isEqualTo(403);
        assertThat(put(ann, mine, macro("Mine, renamed", false, json("type", "task"))).json().get("name").asString())
                .isEqualTo("Mine, renamed");
        assertThat(delete(ann, mine).status()).isEqualTo(204);
        assertThat(ids(ann)).doesNotContain(mine);

        Api.Response forCustomer = customer.get("/api/v1/macros");
        assertThat(forCustomer.status()).isEqualTo(403);
        assertThat(forCustomer.json().get("code").asString()).isEqualTo("forbidden");
        assertThat(ann.get("/api/v1/macros/usage").status()).isEqualTo(403);
    }

    @Test
    void refusesWhatTheDirectoryDoesNotKnowWithStableCodes() {
        long before = count();
        Map<String, String> expected = Map.of(
                "unknown-status", "{\"status\":\"no-such-status\"}",
                "agent-not-found", "{\"assigneeId\":\"" + UUID.randomUUID() + "\"}",
                "team-not-found", "{\"teamId\":\"" + UUID.randomUUID() + "\"}",
                "unknown-custom-field", "{\"customFields\":{\"no_such_field\":\"x\"}}",
                "unknown-placeholder", "{\"message\":{\"kind\":\"public-reply\",\"body\":\"<p>Hi {{requester.shoe_size}}</p>\"}}",
                "validation-failed", "{\"priority\":\"sometimes\"}");
        expected.forEach((code, actions) -> {
            Api.Response response = ann.post("/api/v1/macros", macro("Bad", false, Api.JSON.readValue(actions,
                    Map.class)));
            assertThat(response.status()).as(response.toString()).isIn(400, 422);
            assertThat(response.json().get("code").asString()).as(actions).isEqualTo(code);
        });
        Api.Response badField = ann.post("/api/v1/macros", macro("Bad",
                false, json("message", json("kind", "public-reply",
                        "body", "{{ticket.custom_fields.no_such_field}}"))));
        assertThat(badField.json().get("code").asString()).isEqualTo("unknown-placeholder");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void rendersPlaceholdersEscapedAndCountsOneUsePerApplication() {
        String ticket = bootstrap.post("/api/v1/tickets", json("subject", "Printer <on fire>", "description", "Help",
                "requesterId", customerId)).json().get("id").asString();
        long number = bootstrap.get("/api/v1/tickets/" + ticket + "?minVersion=1").json().get("number").asLong();
        String body = "<p>Hello {{requester.first_name}}, about #{{ ticket.number }} ({{ticket.subject}}),"
                + " status {{ticket.status}}.</p><script>alert(1)</script><p>{{agent.name}}</p>";
        JsonNode saved = ann.post("/api/v1/macros", macro("Solve " + UUID.randomUUID(), false, json(
                "status", "pending", "assigneeId", "current-agent", "addTags", List.of("Macro-Tag"),
                "message", json("kind", "public-reply", "body", body)))).json();
        String macroId = saved.get("id").asString();
        assertThat(saved.get("actions").get("message").get("body").asString()).doesNotContain("script");
        assertThat(saved.get("actions").get("addTags").get(0).asString()).isEqualTo("macro-tag");

        JsonNode rendered = ann.post("/api/v1/macros/" + macroId + "/render?ticketId=" + ticket, null).json();
        assertThat(rendered.get("version").asLong()).isEqualTo(1);
        assertThat(rendered.get("changes").get("assigneeId").asString()).isEqualTo(annId);
        assertThat(rendered.get("changes").get("status").asString()).isEqualTo("pending");
        assertThat(rendered.get("message").get("body").asString()).isEqualTo("<p>Hello Zoë, about #" + number
                + " (Printer &lt;on fire&gt;), status New.</p><p>Ann Macro</p>");
        assertThat(bob.post("/api/v1/macros/" + macroId + "/render?ticketId=" + ticket, null).status())
                .isEqualTo(404);

        String correlation = UUID.randomUUID().toString();
        Api.Response patched = ann.patch("/api/v1/tickets/" + ticket, json("status", "pending", "assigneeId", annId),
                "If-Match", "\"1\"", "X-AutoCRM-Macro", macroId, "X-Correlation-Id", correlation);
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        Api.Response replied = ann.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "public-reply",
                        "format", "html", "body", rendered.get("message").get("body").asString()),
                "X-AutoCRM-Macro", macroId, "X-Correlation-Id", correlation);
        assertThat(replied.status()).as(replied.toString()).isEqualTo(201);
        long version = replied.json().get("version").asLong();

        List<JsonNode> audit = list(ann.get("/api/v1/tickets/" + ticket + "/audit?minVersion=" + version).json());
        List<JsonNode> viaMacro = audit.stream().filter(e -> e.get("cause") != null && !e.get("cause").isNull())
                .toList();
        assertThat(viaMacro).hasSize((int) version - 1);
        viaMacro.forEach(entry -> {
            assertThat(entry.get("cause").get("type").asString()).isEqualTo("macro");
            assertThat(entry.get("cause").get("id").asString()).isEqualTo(macroId);
            assertThat(entry.get("cause").get("name").asString()).isEqualTo(saved.get("name").asString());
        });
        List<JsonNode> events = list(ann.get("/api/v1/tickets/" + ticket + "/events").json());
        assertThat(events.getLast().get("metadata").get("cause").get("id").asString()).isEqualTo(macroId);
        assertThat(events.getFirst().get("metadata").get("cause").isNull()).isTrue();
        assertThat(customer.get("/api/v1/tickets/" + ticket + "/audit").body()).doesNotContain(macroId)
                .doesNotContain(saved.get("name").asString());

        JsonNode listed = find(ann, macroId);
        assertThat(listed.get("useCount").asLong()).as("two commands of one application count once").isEqualTo(1);
        assertThat(listed.get("lastUsedAt").isNull()).isFalse();
        ann.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "internal-note", "body", "Again"),
                "X-AutoCRM-Macro", macroId);
        assertThat(find(ann, macroId).get("useCount").asLong()).isEqualTo(2);
    }

    @Test
    void refusesACauseTheCallerCannotSeeAndCountsNoFailedCommand() {
        String ticket = bootstrap.post("/api/v1/tickets", json("subject", "Cause", "description", "Help",
                "requesterId", customerId)).json().get("id").asString();
        String bobs = bob.post("/api/v1/macros", macro("Bob's", false, json())).json().get("id").asString();
        for (String header : List.of(bobs, UUID.randomUUID().toString(), "not-a-uuid")) {
            Api.Response refused = ann.patch("/api/v1/tickets/" + ticket, json("priority", "high"),
                    "X-AutoCRM-Macro", header);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.json().get("code").asString()).isEqualTo("unknown-macro");
        }
        Api.Response stale = bob.patch("/api/v1/tickets/" + ticket, json("priority", "high"), "If-Match", "\"7\"",
                "X-AutoCRM-Macro", bobs);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(find(bob, bobs).get("useCount").asLong()).isZero();
        Api.Response fromCustomer = customer.post("/api/v1/tickets/" + ticket + "/messages",
                json("kind", "customer-message", "body", "Hi"), "X-AutoCRM-Macro", bobs);
        assertThat(fromCustomer.json().get("code").asString()).isEqualTo("unknown-macro");
    }

    @Test
    void showsAdminsTheSharedMacrosMostUsedFirst() {
        String ticket = bootstrap.post("/api/v1/tickets", json("subject", "Usage", "description", "Help",
                "requesterId", customerId)).json().get("id").asString();
        String rare = admin.post("/api/v1/macros", macro("Rare " + UUID.randomUUID(), true, json()))
                .json().get("id").asString();
        String popular = admin.post("/api/v1/macros", macro("Popular " + UUID.randomUUID(), true, json()))
                .json().get("id").asString();
        for (int i = 0; i < 2; i++) {
            ann.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "internal-note", "body", "n" + i),
                    "X-AutoCRM-Macro", popular);
        }
        ann.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "internal-note", "body", "r"),
                "X-AutoCRM-Macro", rare);
        List<String> order = new ArrayList<>();
        admin.get("/api/v1/macros/usage").json().get("items").forEach(m -> order.add(m.get("id").asString()));
        assertThat(order).containsSubsequence(popular, rare);
    }

    private String person(String name, String role) {
        String id = bootstrap.post("/api/v1/agents", json("name", name, "email", UUID.randomUUID() + "@example.com"))
                .json().get("id").asString();
        assertThat(bootstrap.post("/api/v1/users", json("id", id, "role", role, "password", "macro-password-01"))
                .status()).isEqualTo(201);
        return id;
    }

    private static Map<String, Object> macro(String name, boolean shared, Map<?, ?> actions) {
        Map<String, Object> body = new HashMap<>(json("name", name, "shared", shared));
        body.put("actions", actions);
        return body;
    }

    private static Api.Response put(Api api, String id, Map<String, Object> body) {
        return api.send(api.request("/api/v1/macros/" + id).PUT(BodyPublishers.ofString(Api.JSON
                .writeValueAsString(body))).header("Content-Type", "application/json"));
    }

    private static Api.Response delete(Api api, String id) {
        return api.send(api.request("/api/v1/macros/" + id).DELETE());
    }

    private static JsonNode find(Api api, String id) {
        for (JsonNode macro : api.get("/api/v1/macros").json().get("items")) {
            if (macro.get("id").asString().equals(id)) {
                return macro;
            }
        }
        throw new AssertionError("macro " + id + " not listed");
    }

    private static List<String> ids(Api api) {
        List<String> ids = new ArrayList<>();
        api.get("/api/v1/macros").json().get("items").forEach(m -> ids.add(m.get("id").asString()));
        return ids;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM workspace.macro").query(Long.class).single();
    }
}
