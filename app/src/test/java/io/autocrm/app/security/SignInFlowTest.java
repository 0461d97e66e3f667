package io.autocrm.app.security;

import io.autocrm.identity.signin.LoginThrottle;
import static io.autocrm.app.support.Api.json;
import static io.autocrm.app.support.Browser.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import io.autocrm.app.support.Browser;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Signing in through the embedded issuer exactly as the browser client does: authorization code with PKCE over
 * HTTP, the login form with its CSRF token and session cookie, tokens, refresh with rotation, revocation.
 */
@AppTest
class SignInFlowTest {

    static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;
    @Autowired
    LoginThrottle throttle;
    Api api;
    String redirect;
    String email;
    String userId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        redirect = "http://localhost:" + port + "/auth/callback";
        email = "signin." + UUID.randomUUID() + "@example.com";
        userId = api.post("/api/v1/agents", json("name", "Sign In Agent", "email", email)).json().get("id").asString();
        Api.Response login = api.post("/api/v1/users", json("id", userId, "role", "agent", "password", PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(201);
    }

    @Test
    void signsInWithAuthorizationCodeAndPkceThenRefreshesAndRevokes() throws Exception {
        Browser browser = new Browser(port);
        String verifier = "verifier-" + UUID.randomUUID() + "-" + UUID.randomUUID();
        String authorize = "/oauth2/authorize?" + Browser.encode(form("response_type", "code",
                "client_id", "autocrm-web", "redirect_uri", redirect, "scope", "openid profile", "state", "s1",
                "code_challenge", challenge(verifier), "code_challenge_method", "S256"));

        HttpResponse<String> toLogin = browser.get(authorize);
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(toLogin.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> page = browser.get("/login");
        String sessionBefore = browser.sessionId();
        assertThat(sessionBefore).as("the login page's session").isNotNull();

        HttpResponse<String> signedIn = browser.postForm("/login",
                form("email", email.toUpperCase(), "password", PASSWORD, "_csrf", Browser.csrfToken(page.body())));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(browser.sessionId()).as("session fixation: a new session id at sign-in").isNotEqualTo(sessionBefore);
        String back = signedIn.headers().firstValue("Location").orElseThrow();
        assertThat(back).contains("/oauth2/authorize");

        HttpResponse<String> redirected = browser.get(back);
        assertThat(redirected.statusCode()).as(redirected.body()).isEqualTo(302);
        URI callback = URI.create(redirected.headers().firstValue("Location").orElseThrow());
        Map<String, String> query = UriComponentsBuilder.fromUri(callback).build().getQueryParams().toSingleValueMap();
        assertThat(callback.toString()).startsWith(redirect);
        assertThat(query.get("state")).isEqualTo("s1");

        JsonNode tokens = token(form("grant_type", "authorization_code", "code", query.get("code"),
                "redirect_uri", redirect, "client_id", "autocrm-web", "code_verifier", verifier));
        assertThat(tokens.has("id_token")).isTrue();
        assertThat(tokens.get("expires_in").asLong()).isBetween(590L, 600L);
        Api.Response me = api.as(tokens.get("access_token").asString()).get("/api/v1/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("actor").asString()).isEqualTo("user:" + userId);
        assertThat(me.json().get("role").asString()).isEqualTo("agent");
        assertThat(me.json().get("email").asString()).isEqualTo(email);
        Api.Response withCookie = api.as(tokens.get("access_token").asString())
                .get("/api/v1/me", "Cookie", "JSESSIONID=" + browser.sessionId());
        assertThat(withCookie.status()).isEqualTo(200);
        assertThat(withCookie.headers().keySet()).as("an API call (which browsers send with the sign-in cookie) "
                + "leaves the sign-in session's id alone, or a reload of the web app lands on /login")
                .noneMatch(name -> name.equalsIgnoreCase("Set-Cookie"));

        String firstRefresh = tokens.get("refresh_token").asString();
        JsonNode refreshed = token(form("grant_type", "refresh_token", "refresh_token", firstRefresh,
                "client_id", "autocrm-web"));
        String secondRefresh = refreshed.get("refresh_token").asString();
        assertThat(secondRefresh).as("rotated").isNotEqualTo(firstRefresh);
        assertThat(api.as(refreshed.get("access_token").asString()).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(tokenStatus(form("grant_type", "refresh_token", "refresh_token", firstRefresh,
                "client_id", "autocrm-web"))).as("a used refresh token").isEqualTo(400);

        assertThat(post("/oauth2/revoke", form("token", secondRefresh, "token_type_hint", "refresh_token",
                "client_id", "autocrm-web")).status()).isEqualTo(200);
        assertThat(tokenStatus(form("grant_type", "refresh_token", "refresh_token", secondRefresh,
                "client_id", "autocrm-web"))).as("a revoked refresh token").isEqualTo(400);
    }

    @Test
    void acceptsTheServedAddressAndTheLoopbackAsRedirectsButNoOtherHost() {
        Browser browser = new Browser(port);
        assertThat(authorize(browser, redirect).statusCode()).as("the served address").isEqualTo(302);
        assertThat(authorize(browser, "http://127.0.0.1:" + (port + 1) + "/auth/callback").statusCode())
                .as("the loopback interface, on any port").isEqualTo(302);
        assertThat(authorize(browser, "http://localhost:" + (port + 1) + "/auth/callback").statusCode())
                .as("another port of localhost").isEqualTo(400);
        assertThat(authorize(browser, "https://evil.example/auth/callback").statusCode())
                .as("another host").isEqualTo(400);
    }

    private static HttpResponse<String> authorize(Browser browser, String redirectUri) {
        return browser.get("/oauth2/authorize?" + Browser.encode(form("response_type", "code",
                "client_id", "autocrm-web", "redirect_uri", redirectUri, "scope", "openid profile", "state", "s",
                "code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "code_challenge_method", "S256")));
    }

    @Test
    void answersAWrongPasswordExactlyAsAnUnknownAddress() {
        HttpResponse<String> wrongPassword = new Browser(port).signIn(email, "not the password at all");
        HttpResponse<String> unknown = new Browser(port).signIn("nobody." + UUID.randomUUID() + "@example.com", PASSWORD);
        for (HttpResponse<String> response : java.util.List.of(wrongPassword, unknown)) {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }
        Browser browser = new Browser(port);
        browser.signIn(email, "wrong again, sorry");
        assertThat(browser.get("/login?error").body()).contains("Invalid email or password")
                .doesNotContain(email);
    }

    @Test
    void refusesFurtherSignInsAfterFiveFailuresForOneAddress() {
        for (int i = 0; i < 5; i++) {
            new Browser(port).signIn(email, "guess number " + i + " wrong");
        }
        HttpResponse<String> right = new Browser(port).signIn(email, PASSWORD);
        assertThat(right.headers().firstValue("Location").orElseThrow()).as("throttled, even with the right password")
                .endsWith("/login?error");

        String address = "203.0.113." + (int) (Math.random() * 200);
        for (int i = 0; i < 20; i++) {
            throttle.failed("spray" + i + "@example.com", address);
        }
        assertThat(throttle.refused("someone.else@example.com", address)).as("twenty failures from one address").isTrue();
        assertThat(throttle.refused("someone.else@example.com", "198.51.100.7")).isFalse();
    }

    @Test
    void signInClearsEarlierFailures() {
        new Browser(port).signIn(email, "one wrong guess here");
        HttpResponse<String> right = new Browser(port).signIn(email, PASSWORD);
        assertThat(right.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(throttle.refused(email, "192.0.2.1")).isFalse();
    }

    private JsonNode token(Map<String, String> form) {
        Api.Response response = post("/oauth2/token", form);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private int tokenStatus(Map<String, String> form) {
        return post("/oauth2/token", form).status();
    }

    private Api.Response post(String path, Map<String, String> form) {
        Api anonymous = api.anonymous();
        return anonymous.send(anonymous.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Browser.encode(form))));
    }

    private static String challenge(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
