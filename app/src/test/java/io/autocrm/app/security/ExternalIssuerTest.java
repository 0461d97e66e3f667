package io.autocrm.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.autocrm.app.AutoCrmApplication;
import io.autocrm.app.support.Api;
import io.autocrm.testsupport.TestPostgres;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An external OpenID Connect issuer in place of the embedded one: a JWKS served by a test HTTP server, tokens signed
 * with its key, roles in a nested claim. People are matched by verified email and provisioned on first sight.
 */
class ExternalIssuerTest {

    static HttpServer issuerServer;
    static RSAKey key;
    static String issuer;
    static ConfigurableApplicationContext app;
    static Api api;

    @BeforeAll
    static void start() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("test-key").generate();
        issuerServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        issuerServer.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        issuerServer.start();
        issuer = "http://127.0.0.1:" + issuerServer.getAddress().getPort() + "/realms/autocrm";
        app = SpringApplication.run(AutoCrmApplication.class, "--server.port=0",
                "--spring.datasource.url=" + TestPostgres.freshDatabase(), "--spring.datasource.username=postgres",
                "--autocrm.demo.enabled=false", "--autocrm.security.bootstrap-api-key=" + Api.BOOTSTRAP_KEY,
                "--autocrm.security.oidc.issuer-uri=" + issuer,
                "--autocrm.security.oidc.jwk-set-uri=http://127.0.0.1:" + issuerServer.getAddress().getPort() + "/jwks",
                "--autocrm.security.oidc.role-claim=realm_access.roles",
                "--autocrm.security.oidc.roles.admin=helpdesk-admin",
                "--autocrm.security.oidc.roles.agent=helpdesk-agent",
                "--autocrm.security.oidc.roles.customer=helpdesk-customer");
        api = new Api(((WebServerApplicationContext) app).getWebServer().getPort());
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        issuerServer.stop(0);
    }

    @Test
    void provisionsStaffAndCustomersByVerifiedEmailOnFirstSight() throws Exception {
        String staffEmail = "kc.admin." + UUID.randomUUID() + "@example.com";
        Api.Response admin = api.as(token(staffEmail, "helpdesk-admin", true, issuer, Duration.ofMinutes(5)))
                .get("/api/v1/me");
        assertThat(admin.status()).as(admin.toString()).isEqualTo(200);
        assertThat(admin.json().get("role").asString()).isEqualTo("admin");
        String agentId = admin.json().get("id").asString();
        assertThat(api.get("/api/v1/agents/" + agentId).json().get("email").asString()).isEqualTo(staffEmail);
        Api.Response again = api.as(token(staffEmail, "helpdesk-agent", true, issuer, Duration.ofMinutes(5)))
                .get("/api/v1/me");
        assertThat(again.json().get("id").asString()).as("same person").isEqualTo(agentId);
        assertThat(again.json().get("role").asString()).as("the issuer decides staff roles").isEqualTo("agent");

        String customerEmail = "kc.customer." + UUID.randomUUID() + "@example.com";
        Api.Response customer = api.as(token(customerEmail, "helpdesk-customer", true, issuer, Duration.ofMinutes(5)))
                .get("/api/v1/me");
        assertThat(customer.status()).as(customer.toString()).isEqualTo(200);
        assertThat(customer.json().get("role").asString()).isEqualTo("customer");
        assertThat(api.get("/api/v1/customers/" + customer.json().get("id").asString()).json().get("email").asString())
                .isEqualTo(customerEmail);
        assertThat(api.anonymous().get("/login").status()).as("no login page of our own").isNotEqualTo(200);
    }

    @Test
    void refusesTamperedForeignExpiredUnmappedAndUnverifiedTokens() throws Exception {
        String email = "kc.refused." + UUID.randomUUID() + "@example.com";
        String valid = token(email, "helpdesk-agent", true, issuer, Duration.ofMinutes(5));
        String[] parts = valid.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + (parts[2].charAt(0) == 'A' ? "B" : "A") + parts[2].substring(1);
        List<String> refused = List.of(tampered,
                token(email, "helpdesk-agent", true, "https://other-issuer.example", Duration.ofMinutes(5)),
                token(email, "helpdesk-agent", true, issuer, Duration.ofMinutes(-5)),
                token(email, "some-other-role", true, issuer, Duration.ofMinutes(5)),
                token(email, "helpdesk-agent", false, issuer, Duration.ofMinutes(5)));
        for (String token : refused) {
            Api.Response response = api.as(token).get("/api/v1/me");
            assertThat(response.status()).as(response.toString()).isEqualTo(401);
            assertThat(response.json().get("code").asString()).isEqualTo("invalid-token");
        }
        assertThat(api.as(valid).get("/api/v1/me").status()).isEqualTo(200);
    }

    private static String token(String email, String role, boolean verified, String iss, Duration validFor)
            throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(iss).subject(UUID.randomUUID().toString())
                .audience("autocrm").issueTime(Date.from(now.minusSeconds(600)))
                .expirationTime(Date.from(now.plus(validFor))).claim("email", email).claim("email_verified", verified)
                .claim("name", "Keycloak Person").claim("realm_access", Map.of("roles", List.of(role, "offline_access")))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
