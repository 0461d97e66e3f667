package io.autocrm.app.identity;

import io.autocrm.identity.signin.PageThrottle;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The browser pages under {@code /login} that the mailed links and the sign-in page lead to, driven like a browser:
 * forms with their CSRF token and session cookie, links read from the email outbox, signing in afterwards through the
 * real authorization code flow with PKCE. They answer alike for every address, change nothing on GET and run no
 * script.
 */
@AppTest
class SignInPagesTest {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "the first long passphrase";
    private static final String NEW_PASSWORD = "a brand new passphrase";
    private static final String REDIRECT = "http://127.0.0.1:8080/auth/callback";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PageThrottle throttle;

    /** Every test starts with this client address's form throttle at zero (all tests call from it). */
    @BeforeEach
    void forgetThisAddressesRequests() {
        jdbc.sql("DELETE FROM identity.form_address_throttle WHERE id IN ('127.0.0.1', '0:0:0:0:0:0:0:1')").update();
    }

    @AfterEach
    void signupOffAgain() {
        new Api(port).patch("/api/v1/admin/settings", json("customerSignup", false));
    }

    @Test
    void resetsAForgottenPasswordThroughThePagesAndSignsInWithTheNewOne() throws Exception {
        String email = agentWithLogin();
        Browser browser = new Browser(port);
        assertThat(browser.get("/login").body()).contains("href=\"/login/forgot\"", "Forgot your password?");
        HttpResponse<String> sent = submit(browser, "/login/forgot", form("email", email));
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("If an account exists");
        String link = lastLink(email);
        assertThat(link).contains("/login/reset?token=");

        HttpResponse<String> page = browser.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<label for=\"password\">New password</label>", "<label for=\"repeat\">");
        String token = token(link);
        HttpResponse<String> differ = setPassword(browser, token, NEW_PASSWORD, NEW_PASSWORD + "!");
        assertThat(differ.statusCode()).isEqualTo(422);
        assertThat(differ.body()).contains("role=\"alert\"", "The two passwords differ");
        HttpResponse<String> weak = setPassword(browser, token, "too short", "too short");
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("at least 12 characters");

        HttpResponse<String> changed = setPassword(browser, token, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("Password changed", "href=\"/login\"");
        HttpResponse<String> again = setPassword(browser, token, "yet another passphrase", "yet another passphrase");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("invalid or has expired");
        assertThat(browser.get(link).body()).as("a used link").contains("invalid or has expired");

        assertThat(new Browser(port).signIn(email, PASSWORD).headers().firstValue("Location").orElseThrow())
                .as("the old password").endsWith("/login?error");
        assertThat(signInWithPkce(email, NEW_PASSWORD).json().get("email").asString()).isEqualTo(email);
    }

    @Test
    void answersAnUnknownAddressWithTheSamePageAsAKnownOne() {
        String known = agentWithLogin();
        String unknown = unique("nobody");
        HttpResponse<String> forKnown = submit(new Browser(port), "/login/forgot", form("email", known));
        HttpResponse<String> forUnknown = submit(new Browser(port), "/login/forgot", form("email", unknown));
        assertThat(forUnknown.statusCode()).isEqualTo(forKnown.statusCode()).isEqualTo(200);
        assertThat(forUnknown.body()).isEqualTo(forKnown.body()).doesNotContain(known);
        assertThat(mailsTo(known)).isEqualTo(1);
        assertThat(mailsTo(unknown)).isZero();
    }

    @Test
    void signsUpThroughThePagesOnlyWhileAnAdminAllowsIt() {
        Browser browser = new Browser(port);
        assertThat(browser.get("/login").body()).doesNotContain("/login/signup");
        HttpResponse<String> off = browser.get("/login/signup");
        assertThat(off.statusCode()).isEqualTo(403);
        assertThat(off.body()).contains("Sign-up is not available").doesNotContain("<form");

        new Api(port).patch("/api/v1/admin/settings", json("customerSignup", true));
        assertThat(browser.get("/login").body()).contains("href=\"/login/signup\"", "Create an account");
        String email = unique("signup");
        HttpResponse<String> weak = submit(browser, "/login/signup", signupForm("<b>Ann</b>", email, "short", "short"));
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("at least 12 characters", "value=\"&lt;b&gt;Ann&lt;/b&gt;\"")
                .doesNotContain("<b>Ann");
        HttpResponse<String> sent = submit(browser, "/login/signup", signupForm("Ann Page", email, PASSWORD, PASSWORD));
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("Check your email");

        String link = lastLink(email);
        assertThat(link).contains("/login/signup?token=");
        HttpResponse<String> confirmPage = browser.get(link);
        assertThat(confirmPage.statusCode()).isEqualTo(200);
        assertThat(confirmPage.body()).contains("Create my account");
        assertThat(browser.get(link).statusCode()).as("still pending: GET changed nothing").isEqualTo(200);
        assertThat(accountExists(email)).as("nothing created by following the link").isFalse();

        HttpResponse<String> ready = submit(browser, "/login/signup", form("token", token(link)));
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("Your account is ready");
        assertThat(accountExists(email)).isTrue();
        assertThat(browser.get(link).statusCode()).as("a used link").isEqualTo(422);
        assertThat(new Browser(port).signIn(email, PASSWORD).headers().firstValue("Location").orElseThrow())
                .doesNotContain("error");
    }

    @Test
    void answersSignupForAKnownAddressAsForANewOne() {
        new Api(port).patch("/api/v1/admin/settings", json("customerSignup", true));
        String known = agentWithLogin();
        HttpResponse<String> forKnown = submit(new Browser(port), "/login/signup",
                signupForm("Someone", known, PASSWORD, PASSWORD));
        HttpResponse<String> forNew = submit(new Browser(port), "/login/signup",
                signupForm("Someone", unique("new"), PASSWORD, PASSWORD));
        assertThat(forKnown.statusCode()).isEqualTo(forNew.statusCode()).isEqualTo(200);
        assertThat(forKnown.body()).isEqualTo(forNew.body());
    }

    @Test
    void refusesFormsWithoutTheirCsrfToken() {
        String email = agentWithLogin();
        Browser browser = new Browser(port);
        browser.get("/login/forgot");
        assertThat(browser.postForm("/login/forgot", form("email", email)).statusCode()).isEqualTo(403);
        assertThat(browser.postForm("/login/forgot", form("email", email, "_csrf", "forged")).statusCode())
                .isEqualTo(403);
        assertThat(mailsTo(email)).isZero();

        submit(browser, "/login/forgot", form("email", email));
        String token = token(lastLink(email));
        assertThat(browser.postForm("/login/reset", form("token", token, "password", NEW_PASSWORD,
                "repeat", NEW_PASSWORD)).statusCode()).isEqualTo(403);
        assertThat(browser.get("/login/reset?token=" + token).body()).as("the link still works")
                .contains("Choose a new password");
    }

    @Test
    void servesEveryPageUnderTheStrictPolicyWithoutScript() {
        new Api(port).patch("/api/v1/admin/settings", json("customerSignup", true));
        Browser browser = new Browser(port);
        List<HttpResponse<String>> pages = List.of(browser.get("/login"), browser.get("/login/forgot"),
                browser.get("/login/reset?token=made-up"), browser.get("/login/signup"),
                browser.get("/login/signup?token=%3Cscript%3Ealert(1)%3C/script%3E"),
                submit(browser, "/login/forgot", form("email", unique("csp"))));
        for (HttpResponse<String> page : pages) {
            String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(policy).as(page.uri().toString()).contains("default-src 'none'", "style-src 'sha256-",
                    "frame-ancestors 'none'").doesNotContain("script-src", "unsafe-inline");
            assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(page.body()).as(page.uri().toString()).doesNotContain("<script", "javascript:")
                    .doesNotContainPattern("\\son[a-z]+=").contains("<meta name=\"viewport\"");
        }
    }

    @Test
    void refusesTheFormsOfABusyClientAddressButNotOthers() {
        MockHttpServletRequest busy = new MockHttpServletRequest();
        busy.setRemoteAddr("203.0.113." + (int) (Math.random() * 200));
        MockHttpServletRequest other = new MockHttpServletRequest();
        other.setRemoteAddr("198.51.100.9");
        for (int i = 0; i < 20; i++) {
            throttle.count(busy);
        }
        assertThat(throttle.refused(busy)).isTrue();
        assertThat(throttle.refused(other)).isFalse();

        String email = agentWithLogin();
        try {
            for (String address : List.of("127.0.0.1", "0:0:0:0:0:0:0:1")) {
                MockHttpServletRequest local = new MockHttpServletRequest();
                local.setRemoteAddr(address);
                for (int i = 0; i < 20; i++) {
                    throttle.count(local);
                }
            }
            HttpResponse<String> refused = submit(new Browser(port), "/login/forgot", form("email", email));
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.body()).contains("Too many attempts");
            assertThat(mailsTo(email)).isZero();
            assertThat(new Browser(port).signIn(email, PASSWORD).headers().firstValue("Location").orElseThrow())
                    .as("signing in is not throttled by the forms").doesNotContain("error");
        } finally {
            forgetThisAddressesRequests();
        }
    }

    @Test
    void mailsAnAddressNoMoreThanFiveLinksAWindow() {
        String email = agentWithLogin();
        for (int i = 0; i < 7; i++) {
            assertThat(new Api(port).anonymous().post("/api/v1/auth/password-reset", json("email", email)).status())
                    .isEqualTo(202);
        }
        assertThat(mailsTo(email)).isEqualTo(5);
    }

    private String agentWithLogin() {
        Api api = new Api(port);
        String email = unique("pages");
        String id = api.post("/api/v1/agents", json("name", "Page Agent", "email", email)).json().get("id").asString();
        assertThat(api.post("/api/v1/users", json("id", id, "role", "agent", "password", PASSWORD)).status())
                .isEqualTo(201);
        return email;
    }

    /** Opens the form's page for its CSRF token (and session), then posts the form with it. */
    private static HttpResponse<String> submit(Browser browser, String path, Map<String, String> fields) {
        Map<String, String> form = new java.util.LinkedHashMap<>(fields);
        form.put("_csrf", Browser.csrfToken(browser.get(path.equals("/login/signup") && fields.containsKey("token")
                ? "/login/signup?token=" + fields.get("token") : path).body()));
        return browser.postForm(path, form);
    }

    private static HttpResponse<String> setPassword(Browser browser, String token, String password, String repeat) {
        HttpResponse<String> page = browser.get("/login/forgot");
        return browser.postForm("/login/reset", form("token", token, "password", password, "repeat", repeat,
                "_csrf", Browser.csrfToken(page.body())));
    }

    private static Map<String, String> signupForm(String name, String email, String password, String repeat) {
        return form("name", name, "email", email, "password", password, "repeat", repeat);
    }

    /** Signs in at the issuer as the browser client does and answers {@code GET /api/v1/me} with the access token. */
    private Api.Response signInWithPkce(String email, String password) throws Exception {
        Browser browser = new Browser(port);
        String verifier = "verifier-" + UUID.randomUUID() + "-" + UUID.randomUUID();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        browser.get("/oauth2/authorize?" + Browser.encode(form("response_type", "code", "client_id", "autocrm-web",
                "redirect_uri", REDIRECT, "scope", "openid profile", "state", "s", "code_challenge", challenge,
                "code_challenge_method", "S256")));
        HttpResponse<String> signedIn = browser.signIn(email, password);
        HttpResponse<String> back = browser.get(signedIn.headers().firstValue("Location").orElseThrow());
        URI callback = URI.create(back.headers().firstValue("Location").orElseThrow());
        assertThat(callback.toString()).startsWith(REDIRECT);
        String code = UriComponentsBuilder.fromUri(callback).build().getQueryParams().getFirst("code");
        Api anonymous = new Api(port).anonymous();
        Api.Response tokens = anonymous.send(anonymous.request("/oauth2/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Browser.encode(form("grant_type",
                        "authorization_code", "code", code, "redirect_uri", REDIRECT, "client_id", "autocrm-web",
                        "code_verifier", verifier)))));
        assertThat(tokens.status()).as(tokens.toString()).isEqualTo(200);
        Api.Response me = new Api(port).as(tokens.json().get("access_token").asString()).get("/api/v1/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        return me;
    }

    private String lastLink(String recipient) {
        String body = jdbc.sql("SELECT body_text FROM mail.outbox WHERE ? = ANY (recipients) ORDER BY created_at DESC "
                + "LIMIT 1").param(recipient).query(String.class).single();
        Matcher matcher = Pattern.compile("https?://\\S+/login/\\S+").matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group();
    }

    private static String token(String link) {
        Matcher matcher = TOKEN.matcher(link);
        assertThat(matcher.find()).as(link).isTrue();
        return matcher.group(1);
    }

    private long mailsTo(String recipient) {
        return jdbc.sql("SELECT count(*) FROM mail.outbox WHERE ? = ANY (recipients)").param(recipient)
                .query(Long.class).single();
    }

    private boolean accountExists(String email) {
        return jdbc.sql("SELECT count(*) FROM identity.user_account WHERE lower(email) = lower(?)").param(email)
                .query(Long.class).single() > 0;
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID() + "@example.com";
    }
}
