package io.autocrm.app.identity;

import io.autocrm.identity.signin.PageThrottle;
import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import io.autocrm.app.support.Browser;
import io.autocrm.platform.database.ConfigurationHistory;
import java.net.http.HttpResponse;
import java.util.List;
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

/**
 * Customers signing up and everyone resetting a forgotten password, through the public API and the email outbox.
 * Nothing in the answers tells whether an address is known; only the mailbox's owner can finish either.
 */
@AppTest
class SignupAndResetTest {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "a long enough passphrase";
    private static final List<String> LOCAL = List.of("127.0.0.1", "0:0:0:0:0:0:0:1");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConfigurationHistory history;
    @Autowired
    PageThrottle throttle;

    /** Every test starts and ends with this client address's throttle at zero (all tests call from it). */
    @BeforeEach
    @AfterEach
    void forgetThisAddressesRequests() {
        jdbc.sql("DELETE FROM identity.form_address_throttle WHERE id IN (?, ?)").params(LOCAL.get(0), LOCAL.get(1))
                .update();
    }

    @AfterEach
    void signupOffAgain() {
        new Api(port).patch("/api/v1/admin/settings", json("customerSignup", false));
    }

    @Test
    void refusesAClientAddressThatAsksTooOftenWithRetryAfter() {
        Api anonymous = new Api(port).anonymous();
        String email = unique("flooded");
        new Api(port).post("/api/v1/customers", json("name", "Flooded", "email", email));
        countedAlready(19);

        assertThat(anonymous.post("/api/v1/auth/password-reset", json("email", email)).status()).isEqualTo(202);
        Api.Response refused = anonymous.post("/api/v1/auth/password-reset", json("email", email));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("code").asString()).isEqualTo("rate-limited");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 15L * 60);
        assertThat(anonymous.post("/api/v1/auth/signup", json("name", "Flood", "email", unique("flood"),
                "password", PASSWORD)).status()).as("the same address, another endpoint").isEqualTo(429);
    }

    @Test
    void countsGuessedTokensAgainstTheClientAddress() {
        countedAlready(19);

        assertThat(confirmReset("guessed-token", PASSWORD).status()).isEqualTo(422);
        assertThat(confirmReset("another-guess", PASSWORD).status()).isEqualTo(429);
        assertThat(confirmSignup("a-third-guess")).isEqualTo(429);
    }

    /** As if both loopback addresses had made {@code n} counted requests within the window. */
    private void countedAlready(int n) {
        for (String address : LOCAL) {
            MockHttpServletRequest request = new MockHttpServletRequest();
            request.setRemoteAddr(address);
            for (int i = 0; i < n; i++) {
                throttle.count(request);
            }
        }
    }

    @Test
    void refusesSignupUntilAnAdminAllowsIt() {
        Api anonymous = new Api(port).anonymous();
        Api.Response refused = anonymous.post("/api/v1/auth/signup", json("name", "Early", "email", unique("early"),
                "password", PASSWORD));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("signup-disabled");

        Api.Response enabled = new Api(port).patch("/api/v1/admin/settings", json("customerSignup", true));
        assertThat(enabled.json().get("customerSignup").asBoolean()).isTrue();
        assertThat(new Api(port).get("/api/v1/admin/settings").json().get("customerSignup").asBoolean()).isTrue();
        assertThat(anonymous.post("/api/v1/auth/signup", json("name", "Early", "email", unique("early"),
                "password", PASSWORD)).status()).isEqualTo(202);
    }

    @Test
    void createsALoginOnlyWhenTheAddressIsProvenAndAnswersAlikeForKnownAddresses() {
        Api api = new Api(port);
        api.patch("/api/v1/admin/settings", json("customerSignup", true));
        String fresh = unique("fresh");
        String known = unique("known");
        String knownCustomer = api.post("/api/v1/customers", json("name", "Known Customer", "email", known)).json()
                .get("id").asString();

        Api.Response forFresh = api.anonymous().post("/api/v1/auth/signup", json("name", "Fresh", "email", fresh,
                "password", PASSWORD));
        Api.Response forKnown = api.anonymous().post("/api/v1/auth/signup", json("name", "Impostor", "email", known,
                "password", PASSWORD));
        assertThat(forFresh.status()).isEqualTo(202);
        assertThat(forKnown.status()).isEqualTo(202);
        assertThat(forKnown.body()).isEqualTo(forFresh.body());
        assertThat(accountId(known)).as("no access to the known customer's tickets without the mail").isNull();
        assertThat(accountId(fresh)).as("nothing before the address is proven").isNull();
        assertThat(new Browser(port).signIn(known, PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/login?error");

        assertThat(confirmSignup(lastToken(known))).isEqualTo(204);
        assertThat(accountId(known)).as("the existing customer's login").isEqualTo(knownCustomer);
        assertThat(confirmSignup(lastToken(fresh))).isEqualTo(204);
        String freshCustomer = accountId(fresh);
        assertThat(api.get("/api/v1/customers/" + freshCustomer).json().get("name").asString()).isEqualTo("Fresh");
        assertThat(new Browser(port).signIn(fresh, PASSWORD).headers().firstValue("Location").orElseThrow())
                .doesNotContain("error");
        Api.Response reused = api.anonymous().post("/api/v1/auth/signup/confirm", json("token", lastToken(fresh)));
        assertThat(reused.json().get("code").asString()).isEqualTo("invalid-confirmation-token");
    }

    @Test
    void refusesWeakPasswords() {
        new Api(port).patch("/api/v1/admin/settings", json("customerSignup", true));
        String email = unique("weak");
        for (String weak : new String[] {"short", "password1234", email}) {
            Api.Response refused = new Api(port).anonymous().post("/api/v1/auth/signup",
                    json("name", "Weak", "email", email, "password", weak));
            assertThat(refused.status()).as(weak).isEqualTo(422);
            assertThat(refused.json().get("code").asString()).isEqualTo("weak-password");
        }
    }

    @Test
    void resetsAPasswordThroughTheMailedLinkOnceAndEndsSessions() {
        Api api = new Api(port);
        String email = unique("reset");
        String agent = api.post("/api/v1/agents", json("name", "Forgetful", "email", email)).json().get("id").asString();
        api.post("/api/v1/users", json("id", agent, "role", "agent", "password", PASSWORD));
        jdbc.sql("INSERT INTO identity.oauth2_authorization (id, registered_client_id, principal_name, "
                + "authorization_grant_type) VALUES (?, 'autocrm-web', ?, 'authorization_code')")
                .params(UUID.randomUUID().toString(), agent).update();

        Api.Response known = api.anonymous().post("/api/v1/auth/password-reset", json("email", email));
        Api.Response unknown = api.anonymous().post("/api/v1/auth/password-reset", json("email", unique("ghost")));
        assertThat(known.status()).isEqualTo(202);
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(known.body());
        String token = lastToken(email);

        Api.Response weak = confirmReset(token, "tooshort");
        assertThat(weak.json().get("code").asString()).isEqualTo("weak-password");
        assertThat(confirmReset(token, "a brand new passphrase").status()).isEqualTo(204);
        assertThat(confirmReset(token, "another new passphrase").json().get("code").asString())
                .isEqualTo("invalid-reset-token");
        assertThat(confirmReset("made-up-token", "another new passphrase").json().get("code").asString())
                .isEqualTo("invalid-reset-token");
        assertThat(jdbc.sql("SELECT count(*) FROM identity.oauth2_authorization WHERE principal_name = ?")
                .param(agent).query(Long.class).single()).as("refresh tokens revoked").isZero();
        HttpResponse<String> signIn = new Browser(port).signIn(email, "a brand new passphrase");
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @Test
    void keepsAtLeastOneEnabledAdmin() {
        Api api = new Api(port);
        history.write(() -> jdbc.sql("UPDATE identity.user_account SET enabled = false WHERE role = 'admin'").update());
        String email = unique("admin");
        String admin = api.post("/api/v1/agents", json("name", "Sole Admin", "email", email)).json().get("id").asString();
        assertThat(api.post("/api/v1/users", json("id", admin, "role", "admin", "password", PASSWORD)).status())
                .isEqualTo(201);
        Api.Response demote = api.patch("/api/v1/users/" + admin, json("role", "agent"));
        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.json().get("code").asString()).isEqualTo("last-admin");
        assertThat(api.patch("/api/v1/users/" + admin, json("enabled", false)).status()).isEqualTo(409);
        assertThat(api.get("/api/v1/users/" + admin).json().get("role").asString()).isEqualTo("admin");
        assertThat(api.get("/api/v1/users/" + admin).body()).doesNotContain("bcrypt");
    }

    private int confirmSignup(String token) {
        return new Api(port).anonymous().post("/api/v1/auth/signup/confirm", json("token", token)).status();
    }

    private Api.Response confirmReset(String token, String password) {
        return new Api(port).anonymous().post("/api/v1/auth/password-reset/confirm",
                json("token", token, "password", password));
    }

    private String lastToken(String recipient) {
        String body = jdbc.sql("SELECT body_text FROM mail.outbox WHERE ? = ANY (recipients) ORDER BY created_at DESC LIMIT 1")
                .param(recipient).query(String.class).single();
        Matcher matcher = TOKEN.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }

    private String accountId(String email) {
        return jdbc.sql("SELECT id::text FROM identity.user_account WHERE lower(email) = lower(?)").param(email)
                .query(String.class).optional().orElse(null);
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID() + "@example.com";
    }
}
