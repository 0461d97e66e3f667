package io.autocrm.app.customers;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.autocrm.app.support.Api;
import io.autocrm.app.support.Api.Response;
import io.autocrm.app.support.AppTest;
import io.autocrm.app.support.Browser;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * After erasure no personal data of the customer is readable anywhere (their login, reset mail and failed sign-ins
 * included), while tickets, counts and timings stay.
 */
@AppTest
class CustomerErasureTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void erasesEveryTraceOfTheCustomerButKeepsTheirTickets() {
        Api api = new Api(port);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String name = "Zelda Q" + marker;
        String email = "zelda." + marker + "@example.com";
        String subject = "Refund for order Zq" + marker;
        String body = "My address is Zqstreet" + marker + " 12";
        String reply = "<p>Dear <strong>Zelda Q" + marker + "</strong>, <a href=\"https://shop.example/Zqorder" + marker
                + "\">refunded</a>.</p>";
        List<String> secrets = List.of(name, email, "Zq" + marker, "Zqstreet" + marker, "Zelda Q" + marker,
                "Zqorder" + marker);

        String customerId = api.post("/api/v1/customers", json("name", name, "email", email)).json().get("id").asString();
        Response login = api.post("/api/v1/users", json("id", customerId, "role", "customer",
                "password", "Zq" + marker + " passphrase"));
        assertThat(login.status()).as(login.toString()).isEqualTo(201);
        assertThat(api.anonymous().post("/api/v1/auth/password-reset", json("email", email)).status()).isEqualTo(202);
        new Browser(port).signIn(email, "a wrong password of Zq" + marker);
        assertThat(rowsContaining(email)).as("the login, the reset mail and its count, the failed sign-in")
                .contains("identity.user_account", "mail.outbox", "identity.mail_recipient_throttle",
                        "identity.sign_in_email_throttle");
        Response created = api.post("/api/v1/tickets", json("subject", subject, "description", body, "requesterId", customerId));
        String ticketId = created.json().get("id").asString();
        long v = api.post("/api/v1/tickets/" + ticketId + "/messages", json("kind", "public-reply", "body", reply,
                "format", "html"),
                "If-Match", "\"1\"").json().get("version").asLong();
        JsonNode before = api.get("/api/v1/tickets/" + ticketId + "?minVersion=" + v).json();
        assertThat(before.toString()).contains(name, subject, body, "Zqorder" + marker);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(rowsContaining("<strong>Zelda Q" + marker))
                .as("the reply's HTML, and the mail that took it to the customer")
                .containsExactlyInAnyOrder("pii.ticket_content", "mail.outbox"));
        Response mailed = api.postRaw("/api/v1/mail/inbound", "From: " + name + " <" + email + ">\r\nTo: support@autocrm"
                + ".localhost\r\nSubject: About Zqstreet" + marker + "\r\n\r\nMy address is Zqstreet" + marker + "\r\n",
                "message/rfc822");
        assertThat(mailed.json().get("state").asString()).as(mailed.toString()).isEqualTo("ticket-created");
        assertThat(rowsContaining("Zqstreet" + marker)).as("the mail they wrote, kept as it arrived")
                .contains("mail.inbound");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(searchHits("Zqstreet" + marker))
                .isEqualTo(2));

        Response erased = api.post("/api/v1/customers/" + customerId + "/erasure", json());
        assertThat(erased.status()).as(erased.toString()).isIn(200, 202);

        JsonNode after = api.get("/api/v1/tickets/" + ticketId).json();
        assertThat(after.toString()).doesNotContain(secrets);
        assertThat(after.get("number")).isEqualTo(before.get("number"));
        assertThat(after.get("createdAt")).isEqualTo(before.get("createdAt"));
        assertThat(after.get("messageCount")).isEqualTo(before.get("messageCount"));
        assertThat(after.get("messages")).hasSize(before.get("messages").size());
        assertThat(api.get("/api/v1/customers/" + customerId).toString()).doesNotContain(secrets);
        assertThat(api.get("/api/v1/tickets/" + ticketId + "/events").toString()).doesNotContain(secrets);
        assertThat(api.get("/api/v1/tickets/" + ticketId + "/audit").toString()).doesNotContain(secrets);
        assertThat(api.get("/api/v1/tickets/" + ticketId + "?asOf=" + java.time.Instant.now()).toString())
                .doesNotContain(secrets);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(searchHits("Zqstreet" + marker)).isZero());

        for (String secret : secrets) {
            assertThat(rowsContaining(secret)).as("rows holding '%s'", secret).isEmpty();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM identity.user_account WHERE id = ?::uuid").param(customerId)
                .query(Long.class).single()).as("the login is gone").isZero();
    }

    private int searchHits(String word) {
        return new Api(port).get("/api/v1/tickets?q=" + word).json().get("items").size();
    }

    /** Every row of every table in every AutoCRM schema whose text form (bytea as escaped text) holds the secret. */
    private List<String> rowsContaining(String secret) {
        List<String> tables = jdbc.sql("""
                SELECT table_schema || '.' || table_name FROM information_schema.tables
                WHERE table_schema IN ('events', 'pii', 'directory', 'read_model', 'identity', 'workspace', 'automation',
                                       'mail', 'files')
                  AND table_type = 'BASE TABLE'""")
                .query(String.class).list();
        return tables.stream().filter(table -> {
            List<String> columns = jdbc.sql("""
                    SELECT CASE WHEN data_type = 'bytea' THEN 'encode(' || quote_ident(column_name) || ', ''escape'')'
                                ELSE quote_ident(column_name) || '::text' END
                    FROM information_schema.columns WHERE table_schema || '.' || table_name = ?""")
                    .param(table).query(String.class).list();
            String where = String.join(" || ' ' || ", columns.stream().map(c -> "coalesce(" + c + ", '')").toList());
            return jdbc.sql("SELECT count(*) FROM " + table + " WHERE position(? in " + where + ") > 0")
                    .param(secret).query(Long.class).single() > 0;
        }).toList();
    }
}
