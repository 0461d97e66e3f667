package io.autocrm.app.apikey;

import io.autocrm.identity.apikey.ApiKeyFormat;
import io.autocrm.identity.apikey.BootstrapApiKey;
import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.autocrm.app.support.Api;
import io.autocrm.app.support.Api.Response;
import io.autocrm.app.support.AppTest;
import io.autocrm.platform.database.ConfigurationHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** API keys through HTTP: issued by an admin, used by an integration, limited, revoked. */
@AppTest
class ApiKeyApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConfigurationHistory history;
    @Value("${autocrm.security.bootstrap-api-key}")
    String bootstrapKey;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void issuesAKeyThatWorksOnAnEndpointItsScopeAllows() {
        Response created = api.post("/api/v1/api-keys",
                json("name", "Queue reader", "scopes", List.of("tickets:read")));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String key = created.json().get("key").asString();
        JsonNode meta = created.json().get("apiKey");
        assertThat(key).matches("acrm_[0-9A-Za-z]{8}_[0-9A-Za-z_-]{43}").startsWith(meta.get("prefix").asString());
        assertThat(created.header("Location")).endsWith("/api/v1/api-keys/" + meta.get("id").asString());
        assertThat(meta.get("name").asString()).isEqualTo("Queue reader");
        assertThat(meta.get("rateLimitPerMinute").asInt()).isEqualTo(600);
        assertThat(meta.get("active").asBoolean()).isTrue();
        assertThat(meta.get("createdBy").asString()).isEqualTo("api_key:" + BootstrapApiKey.ID);

        Response queue = api.as(key).get("/api/v1/tickets");
        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        assertThat(queue.header("RateLimit-Limit")).isEqualTo("600");
        assertThat(queue.header("RateLimit-Remaining")).isEqualTo("599");
        assertThat(queue.header("RateLimit-Reset")).isEqualTo("1");
    }

    @Test
    void neverShowsTheSecretAfterCreation() {
        Response created = createKey(json("name", "Secretive", "scopes", List.of("events:read")));
        String key = created.json().get("key").asString();
        String id = created.json().get("apiKey").get("id").asString();
        String secret = key.substring(ApiKeyFormat.PREFIX_LENGTH + 1);

        Response list = api.get("/api/v1/api-keys");
        Response one = api.get("/api/v1/api-keys/" + id);

        assertThat(list.status()).isEqualTo(200);
        assertThat(one.status()).isEqualTo(200);
        assertThat(list.body()).contains(id).doesNotContain(secret).doesNotContain(bootstrapKey);
        assertThat(one.body()).doesNotContain(secret);
        assertThat(one.json().get("prefix").asString()).isEqualTo(key.substring(0, ApiKeyFormat.PREFIX_LENGTH));
        assertThat(one.json().get("scopes").get(0).asString()).isEqualTo("events:read");
        assertThat(one.json().has("key")).isFalse();
    }

    @Test
    void refusesWhatTheKeysScopesDoNotCover() {
        String key = key(json("name", "Reader", "scopes", List.of("tickets:read")));

        assertProblem(api.as(key).post("/api/v1/tickets", json("subject", "x", "description", "y",
                "requesterId", UUID.randomUUID().toString())), 403, "insufficient-scope");
        assertProblem(api.as(key).get("/api/v1/api-keys"), 403, "insufficient-scope");
        assertProblem(api.as(key).get("/api/v1/customers"), 403, "insufficient-scope");
    }

    @Test
    void refusesAnExpiredKey() {
        Response created = createKey(json("name", "Short-lived", "scopes", List.of("tickets:read"),
                "expiresAt", Instant.now().plus(Duration.ofHours(1)).toString()));
        String key = created.json().get("key").asString();
        assertThat(api.as(key).get("/api/v1/tickets").status()).isEqualTo(200);

        history.write(() -> jdbc.sql("UPDATE identity.api_key SET expires_at = now() - interval '1 second' WHERE id = ?")
                .param(UUID.fromString(created.json().get("apiKey").get("id").asString())).update());

        Response expired = api.as(key).get("/api/v1/tickets");
        assertProblem(expired, 401, "invalid-token");
        assertThat(expired.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
    }

    @Test
    void refusesARevokedKeyAtOnce() {
        Response created = createKey(json("name", "Soon revoked", "scopes", List.of("tickets:read")));
        String key = created.json().get("key").asString();
        String id = created.json().get("apiKey").get("id").asString();
        assertThat(api.as(key).get("/api/v1/tickets").status()).isEqualTo(200);

        assertThat(delete("/api/v1/api-keys/" + id).status()).isEqualTo(204);

        assertProblem(api.as(key).get("/api/v1/tickets"), 401, "invalid-token");
        assertThat(delete("/api/v1/api-keys/" + id).status()).as("idempotent")
                .isEqualTo(204);
        JsonNode shown = api.get("/api/v1/api-keys/" + id).json();
        assertThat(shown.get("revoked").asBoolean()).isTrue();
        assertThat(shown.get("active").asBoolean()).isFalse();
        assertThat(shown.get("revokedAt").isNull()).isFalse();
    }

    @Test
    void answersATamperedSecretExactlyLikeAnUnknownKey() {
        String key = key(json("name", "Tampered", "scopes", List.of("tickets:read")));
        char last = key.charAt(key.length() - 1);
        String tampered = key.substring(0, key.length() - 1) + (last == 'A' ? 'B' : 'A');
        String unknown = "acrm_00000000_" + key.substring(ApiKeyFormat.PREFIX_LENGTH + 1);

        Response wrongSecret = api.as(tampered).get("/api/v1/tickets");
        Response unknownPrefix = api.as(unknown).get("/api/v1/tickets");
        Response malformed = api.as("acrm_nonsense").get("/api/v1/tickets");

        assertProblem(wrongSecret, 401, "invalid-token");
        assertThat(unknownPrefix.status()).isEqualTo(401);
        assertThat(unknownPrefix.body()).isEqualTo(wrongSecret.body());
        assertThat(malformed.body()).isEqualTo(wrongSecret.body());
        assertThat(unknownPrefix.header("WWW-Authenticate")).isEqualTo(wrongSecret.header("WWW-Authenticate"));
    }

    @Test
    void refusesABurstOverTheLimitWithoutWritingAnything() {
        Response created = createKey(json("name", "Tiny limit", "scopes", List.of("tickets:write", "users:write"),
                "rateLimitPerMinute", 5));
        String key = created.json().get("key").asString();
        String keyId = created.json().get("apiKey").get("id").asString();
        String customer = api.post("/api/v1/customers",
                json("name", "Burst Customer", "email", "burst-" + UUID.randomUUID() + "@example.com"))
                .json().get("id").asString();

        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            responses.add(api.as(key).post("/api/v1/tickets", json("subject", "Burst " + i,
                    "description", "One of many.", "requesterId", customer)));
        }

        assertThat(responses.stream().map(Response::status)).containsExactly(201, 201, 201, 201, 201, 429, 429, 429);
        Response refused = responses.get(5);
        assertProblem(refused, 429, "rate-limited");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 12L);
        assertThat(refused.header("RateLimit-Limit")).isEqualTo("5");
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(Long.parseLong(refused.header("RateLimit-Reset"))).isBetween(1L, 60L);
        assertThat(responses.get(4).header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(ticketsCreatedBy(keyId)).as("only the admitted requests created tickets").isEqualTo(5);
    }

    @Test
    void recordsTheKeyAsTheActorOfItsEvents() {
        Response created = createKey(json("name", "Writer", "scopes", List.of("tickets:write", "events:read")));
        String key = created.json().get("key").asString();
        String keyId = created.json().get("apiKey").get("id").asString();
        String customer = api.post("/api/v1/customers",
                json("name", "Actor Customer", "email", "actor-" + UUID.randomUUID() + "@example.com"))
                .json().get("id").asString();

        Response ticket = api.as(key).post("/api/v1/tickets",
                json("subject", "From an integration", "description", "Written by a key.", "requesterId", customer));
        assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);

        Response history = api.as(key).get("/api/v1/tickets/" + ticket.json().get("id").asString() + "/events");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        JsonNode metadata = history.json().get(0).get("metadata");
        assertThat(metadata.get("actorType").asString()).isEqualTo("api_key");
        assertThat(metadata.get("actorId").asString()).isEqualTo(keyId);
    }

    @Test
    void bootstrapKeyIsAnAdminKey() {
        Response me = api.get("/api/v1/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("actor").asString()).isEqualTo("api_key:" + BootstrapApiKey.ID);
        assertThat(me.json().get("scopes").toString()).contains("admin");

        JsonNode bootstrap = api.get("/api/v1/api-keys/" + BootstrapApiKey.ID).json();
        assertThat(bootstrap.get("name").asString()).isEqualTo("bootstrap");
        assertThat(bootstrap.get("scopes").toString()).isEqualTo("[\"admin\"]");
        assertThat(bootstrap.get("createdBy").asString()).isEqualTo("system");
        assertThat(api.get("/api/v1/admin/read-models").status()).isEqualTo(200);
    }

    @Test
    void recordsWhenAKeyWasLastUsed() {
        Response created = createKey(json("name", "Used", "scopes", List.of("tickets:read")));
        String id = created.json().get("apiKey").get("id").asString();
        assertThat(created.json().get("apiKey").get("lastUsedAt").isNull()).isTrue();

        api.as(created.json().get("key").asString()).get("/api/v1/tickets");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.get("/api/v1/api-keys/" + id).json().get("lastUsedAt").isNull())
                .isFalse());
    }

    @Test
    void validatesNewKeys() {
        Response unknownScope = createKey(json("name", "Bad", "scopes", List.of("tickets:read", "tickets:delete")));
        assertProblem(unknownScope, 400, "validation-failed");
        assertThat(unknownScope.json().get("detail").asString()).contains("tickets:delete");
        assertProblem(createKey(json("name", " ", "scopes", List.of("tickets:read"))), 400, "validation-failed");
        assertProblem(createKey(json("name", "x".repeat(101), "scopes", List.of("tickets:read"))), 400,
                "validation-failed");
        assertProblem(createKey(json("name", "No scopes", "scopes", List.of())), 400, "validation-failed");
        assertProblem(createKey(json("name", "Past", "scopes", List.of("tickets:read"),
                "expiresAt", Instant.now().minusSeconds(60).toString())), 400, "validation-failed");
        assertProblem(createKey(json("name", "Zero", "scopes", List.of("tickets:read"), "rateLimitPerMinute", 0)),
                400, "validation-failed");
        assertProblem(createKey(json("name", "Huge", "scopes", List.of("tickets:read"),
                "rateLimitPerMinute", 100_001)), 400, "validation-failed");
        assertProblem(createKey(json("name", "Typo", "scope", List.of("tickets:read"))), 400, "malformed-request");
        assertThat(createKey(json("name", "Max", "scopes", List.of("admin"), "rateLimitPerMinute", 100_000))
                .status()).isEqualTo(201);
    }

    @Test
    void answersUnknownKeysWithApiKeyNotFound() {
        assertProblem(api.get("/api/v1/api-keys/" + UUID.randomUUID()), 404,
                "api-key-not-found");
        assertProblem(api.get("/api/v1/api-keys/not-a-uuid"), 404, "api-key-not-found");
        assertProblem(delete("/api/v1/api-keys/" + UUID.randomUUID()), 404,
                "api-key-not-found");
    }

    @Test
    void documentsTheAdminApi() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");
        assertThat(paths.get("/api/v1/api-keys").has("get")).isTrue();
        assertThat(paths.get("/api/v1/api-keys").get("post").get("responses").has("201")).isTrue();
        assertThat(paths.get("/api/v1/api-keys/{id}").get("delete").get("responses").has("404")).isTrue();
    }

    private String key(Map<String, Object> body) {
        Response created = createKey(body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("key").asString();
    }

    private Response createKey(Map<String, Object> body) {
        return api.post("/api/v1/api-keys", body);
    }

    private Response delete(String path) {
        return api.send(api.request(path).DELETE());
    }

    private long ticketsCreatedBy(String keyId) {
        return jdbc.sql("SELECT count(DISTINCT aggregate_identifier) FROM events.domain_event_entry "
                        + "WHERE convert_from(meta_data, 'UTF8') LIKE ?")
                .param("%" + keyId + "%").query(Long.class).single();
    }

    private static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }
}
