package io.autocrm.app.workspace;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import io.autocrm.app.support.Tokens;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Saved views: personal to their owner, shared ones changed by admins, checked exactly as the queue checks. */
@AppTest
class SavedViewsTest {

    @LocalServerPort
    int port;
    @Autowired
    JWKSource<SecurityContext> keys;
    @Autowired
    JdbcClient jdbc;
    Api ann;
    Api bob;
    Api admin;

    @BeforeEach
    void setUp() {
        Api bootstrap = new Api(port);
        Tokens tokens = new Tokens(keys, port);
        ann = bootstrap.as(tokens.forUser(UUID.fromString(Agents.create(bootstrap, "Ann View", "agent")), "agent"));
        bob = bootstrap.as(tokens.forUser(UUID.fromString(Agents.create(bootstrap, "Bob View", "agent")), "agent"));
        admin = bootstrap.as(tokens.forUser(UUID.fromString(Agents.create(bootstrap, "Ada View", "admin")), "admin"));
    }

    @Test
    void keepsPersonalViewsToTheirOwner() {
        Api.Response created = ann.post("/api/v1/views", view("My urgent", false,
                Map.of("category", List.of("open"), "priority", List.of("urgent"), "assigneeId", "none",
                        "customFields", Map.of("plan", "gold")), "-priority"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/v1/views/" + id);
        JsonNode view = created.json();
        assertThat(view.get("shared").asBoolean()).isFalse();
        assertThat(view.get("filters").get("priority").get(0).asString()).isEqualTo("urgent");
        assertThat(view.get("filters").get("customFields").get("plan").asString()).isEqualTo("gold");
        assertThat(view.get("sort").asString()).isEqualTo("-priority");

        assertThat(names(ann)).contains("My urgent");
        assertThat(names(bob)).doesNotContain("My urgent");
        assertThat(put(bob, id, view("Taken", false, Map.of(), null)).json().get("code").asString())
                .isEqualTo("view-not-found");
        Api.Response renamed = put(ann, id, view("My very urgent", false, Map.of(), null));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("sort").asString()).as("the default sort").isEqualTo("-updatedAt");
        assertThat(delete(bob, id).status()).isEqualTo(404);
        assertThat(delete(ann, id).status()).isEqualTo(204);
        assertThat(names(ann)).doesNotContain("My very urgent");
        assertThat(delete(ann, id).json().get("code").asString()).isEqualTo("view-not-found");
    }

    @Test
    void letsOnlyAdminsShareViews() {
        Api.Response refused = ann.post("/api/v1/views", view("For everyone", true, Map.of(), null));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("forbidden");

        String shared = admin.post("/api/v1/views", view("Team queue " + UUID.randomUUID(), true,
                Map.of("category", List.of("new", "open")), "updatedAt")).json().get("id").asString();
        assertThat(ids(ann)).contains(shared);
        assertThat(ids(bob)).contains(shared);
        assertThat(put(ann, shared, view("Mine now", false, Map.of(), null)).status()).isEqualTo(403);
        assertThat(delete(bob, shared).status()).isEqualTo(403);
        String personal = ann.post("/api/v1/views", view("Mine", false, Map.of(), null)).json().get("id").asString();
        assertThat(put(ann, personal, view("Share it", true, Map.of(), null)).status())
                .as("an agent cannot share their view").isEqualTo(403);
        assertThat(put(admin, shared, view("Renamed shared", true, Map.of(), null)).status()).isEqualTo(200);
        assertThat(delete(admin, shared).status()).isEqualTo(204);
        assertThat(ids(ann)).doesNotContain(shared);
    }

    @Test
    void refusesWhatTheQueueWouldRefuseAndStoresNothing() {
        long before = count();
        for (Map<String, Object> body : List.of(
                view("Bad priority", false, Map.of("priority", List.of("critical")), null),
                view("Bad assignee", false, Map.of("assigneeId", "bob"), null),
                view("Bad field", false, Map.of("customFields", Map.of("Bad-Key", "x")), null),
                view("Bad time", false, Map.of("createdAfter", "yesterday"), null),
                view("Bad sort", false, Map.of(), "subject"),
                json("name", "Bad column", "shared", false, "columns", List.of("number", "colour")),
                json("name", "No columns", "shared", false, "columns", List.of()),
                json("name", "", "shared", false, "columns", List.of("number")),
                json("name", "Unknown filter", "shared", false, "columns", List.of("number"),
                        "filters", Map.of("colour", List.of("red"))))) {
            Api.Response response = ann.post("/api/v1/views", body);
            assertThat(response.status()).as(body.toString()).isEqualTo(400);
            assertThat(response.json().get("code").asString()).as(body.toString())
                    .isIn("validation-failed", "malformed-request");
        }
        assertThat(count()).isEqualTo(before);
        assertThat(put(ann, UUID.randomUUID().toString(), view("Nowhere", false, Map.of(), null)).json()
                .get("code").asString()).isEqualTo("view-not-found");
    }

    private static Map<String, Object> view(String name, boolean shared, Map<String, Object> filters, String sort) {
        Map<String, Object> body = new java.util.HashMap<>(json("name", name, "shared", shared, "filters", filters,
                "columns", List.of("number", "subject", "status", "cf.plan")));
        if (sort != null) {
            body.put("sort", sort);
        }
        return body;
    }

    private static Api.Response put(Api api, String id, Map<String, Object> body) {
        return api.send(api.request("/api/v1/views/" + id).PUT(BodyPublishers.ofString(Api.JSON
                .writeValueAsString(body))).header("Content-Type", "application/json"));
    }

    private static Api.Response delete(Api api, String id) {
        return api.send(api.request("/api/v1/views/" + id).DELETE());
    }

    private static List<String> names(Api api) {
        return listed(api, "name");
    }

    private static List<String> ids(Api api) {
        return listed(api, "id");
    }

    private static List<String> listed(Api api, String member) {
        List<String> values = new ArrayList<>();
        api.get("/api/v1/views").json().get("items").forEach(v -> values.add(v.get(member).asString()));
        return values;
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM workspace.saved_view").query(Long.class).single();
    }
}
