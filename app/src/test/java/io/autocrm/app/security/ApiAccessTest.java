package io.autocrm.app.security;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.autocrm.access.Role;
import io.autocrm.identity.account.UserAccounts;
import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import io.autocrm.app.support.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who gets in: valid tokens of live accounts only, with one uniform answer for every bad token; then the matrix. */
@AppTest
class ApiAccessTest {

    @LocalServerPort
    int port;
    @Autowired
    JWKSource<SecurityContext> keys;
    @Autowired
    UserAccounts accounts;
    Api api;
    Tokens tokens;
    UUID agent;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        tokens = new Tokens(keys, port);
        agent = staff(Role.AGENT);
    }

    @Test
    void letsInAValidTokenOfALiveAccount() {
        Api.Response me = api.as(tokens.forUser(agent, "agent")).get("/api/v1/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("actor").asString()).isEqualTo("user:" + agent);
    }

    @Test
    void refusesEveryBadTokenAlikeAndSaysBearer() {
        String valid = tokens.forUser(agent, "agent");
        String[] parts = valid.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + (parts[2].charAt(0) == 'A' ? "B" : "A") + parts[2].substring(1);
        String expired = tokens.mint("http://localhost:" + port, agent.toString(), "agent",
                Instant.now().minus(Duration.ofMinutes(5)));
        String wrongIssuer = tokens.mint("https://issuer.evil.example", agent.toString(), "agent",
                Instant.now().plus(Duration.ofMinutes(5)));
        String unknownUser = tokens.forUser(UUID.randomUUID(), "admin");
        String garbage = "not.a.jwt";
        String detail = null;
        for (String token : new String[] {tampered, expired, wrongIssuer, unknownUser, garbage}) {
            Api.Response refused = api.as(token).get("/api/v1/tickets");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
            assertThat(refused.json().get("code").asString()).isEqualTo("invalid-token");
            assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            detail = detail == null ? refused.json().get("detail").asString() : detail;
            assertThat(refused.json().get("detail").asString()).as("nothing about what was wrong").isEqualTo(detail);
        }
    }

    @Test
    void refusesADisabledAccountAtOnce() {
        UUID other = staff(Role.AGENT);
        String token = tokens.forUser(other, "agent");
        assertThat(api.as(token).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(api.patch("/api/v1/users/" + other, json("enabled", false)).status()).isEqualTo(200);
        assertThat(api.as(token).get("/api/v1/me").json().get("code").asString()).isEqualTo("invalid-token");
    }

    @Test
    void asksForCredentialsOnEveryApiPathButThePublicOnes() {
        Api anonymous = api.anonymous();
        for (String path : new String[] {"/api/v1/tickets", "/api/v1/customers", "/api/v1/me", "/api/v1/users",
                "/api/v1/admin/settings", "/actuator/prometheus", "/api/v1/nothing-here"}) {
            Api.Response refused = anonymous.get(path);
            assertThat(refused.status()).as(path).isEqualTo(401);
            assertThat(refused.json().get("code").asString()).isEqualTo("unauthenticated");
            assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer");
        }
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(anonymous.get("/").status()).isEqualTo(200);
        assertThat(anonymous.get("/.well-known/openid-configuration").json().get("issuer").asString())
                .isEqualTo("http://localhost:" + port);
    }

    @Test
    void followsThePermissionMatrix() {
        Api asAgent = api.as(tokens.forUser(agent, "agent"));
        Api asAdmin = api.as(tokens.forUser(staff(Role.ADMIN), "admin"));
        UUID customer = UUID.fromString(api.post("/api/v1/customers", json("name", "Matrix Customer",
                "email", "matrix." + UUID.randomUUID() + "@example.com")).json().get("id").asString());
        accounts.create(customer, "matrix-login." + customer + "@example.com", Role.CUSTOMER, null);
        Api asCustomer = api.as(tokens.forUser(customer, "customer"));

        assertThat(asAgent.get("/api/v1/customers").status()).isEqualTo(200);
        assertThat(asAgent.get("/api/v1/users").json().get("code").asString()).isEqualTo("forbidden");
        assertThat(asAgent.post("/api/v1/teams", json("name", "Nope " + UUID.randomUUID())).status()).isEqualTo(403);
        assertThat(asAgent.post("/api/v1/customers/" + customer + "/erasure", json()).status()).isEqualTo(403);
        assertThat(asAdmin.get("/api/v1/users").status()).isEqualTo(200);
        assertThat(asAdmin.get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(asCustomer.get("/api/v1/customers").json().get("code").asString()).isEqualTo("forbidden");
        assertThat(asCustomer.get("/api/v1/agents").status()).isEqualTo(403);
        assertThat(asCustomer.get("/api/v1/statuses").status()).isEqualTo(200);
        assertThat(asCustomer.get("/api/v1/me").json().get("role").asString()).isEqualTo("customer");

        String readerKey = api.post("/api/v1/api-keys", json("name", "reader", "scopes", java.util.List.of("tickets:read")))
                .json().get("key").asString();
        Api.Response refused = api.as(readerKey).post("/api/v1/customers", json("name", "X", "email", "x@example.com"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("insufficient-scope");
        assertThat(api.as(readerKey).post("/api/v1/me/password", json("currentPassword", "a", "newPassword", "b"))
                .status()).isEqualTo(403);
    }

    @Test
    void sendsSecurityHeadersOnPagesAndApi() {
        Api.Response ui = api.anonymous().get("/");
        assertThat(ui.header("Content-Security-Policy")).contains("default-src 'self'", "script-src 'self'")
                .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(ui.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(ui.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(ui.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        Api.Response login = api.anonymous().get("/login");
        assertThat(login.header("Content-Security-Policy")).contains("default-src 'none'", "style-src 'sha256-")
                .doesNotContain("unsafe-inline");
        assertThat(login.body()).contains("name=\"_csrf\"").doesNotContain("<script");
        Api.Response apiResponse = api.get("/api/v1/me");
        assertThat(apiResponse.header("Cache-Control")).contains("no-store");
        assertThat(apiResponse.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(apiResponse.header("Strict-Transport-Security")).as("HSTS only over HTTPS").isNull();
    }

    @Test
    void allowsOnlyConfiguredOriginsAcrossOrigins() {
        Api.Response allowed = preflight("https://allowed.example");
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://allowed.example");
        assertThat(allowed.header("Access-Control-Allow-Credentials")).isNull();
        Api.Response other = preflight("https://evil.example");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
        assertThat(api.get("/api/v1/me", "Origin", "https://evil.example").status()).isEqualTo(403);
    }

    private Api.Response preflight(String origin) {
        Api anonymous = api.anonymous();
        return anonymous.send(anonymous.request("/api/v1/tickets", "Origin", origin,
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "authorization")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));
    }

    private UUID staff(Role role) {
        String email = "staff." + UUID.randomUUID() + "@example.com";
        UUID id = UUID.fromString(api.post("/api/v1/agents", json("name", "Staff", "email", email)).json()
                .get("id").asString());
        accounts.create(id, email, role, null);
        return id;
    }
}
