package io.autocrm.app.tickets;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import io.autocrm.app.support.Tokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Messages in rich text over HTTP: HTML is sanitised on the way in, every read path (staff detail, as-of, the
 * customer's view) carries the plain text and the sanitised HTML, plain-text messages get escaped HTML, and full
 * text searches the plain text.
 */
@AppTest
class RichTextMessagesTest {

    private static final String ATTACK = "<p>Please <strong>check</strong> <a href=\"javascript:alert(1)\">this</a>"
            + "<img src=x onerror=alert(1)><script>alert(2)</script> and <a href=\"https://docs.example/x\" "
            + "style=\"color:red\">the docs</a></p>";

    @LocalServerPort
    int port;
    @Autowired
    JWKSource<SecurityContext> keys;

    @Test
    void sanitisesHtmlAndShowsBothRenderingsOnEveryReadPath() {
        Api admin = new Api(port);
        String marker = "Rt" + UUID.randomUUID().toString().substring(0, 8);
        String customer = admin.post("/api/v1/customers", json("name", "Rich Text", "email", marker + "@example.com"))
                .json().get("id").asString();
        JsonNode created = admin.post("/api/v1/tickets", json("subject", "Rich " + marker, "description",
                "<h2>Broken " + marker + "</h2><ul><li>since <em>Monday</em></li></ul>", "format", "html",
                "requesterId", customer)).json();
        String ticket = created.get("id").asString();
        admin.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "public-reply", "body", ATTACK,
                "format", "html"));
        long version = admin.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "public-reply",
                "body", "Plain <b>not bold</b> & fine\nnext line")).json().get("version").asLong();

        JsonNode messages = admin.get("/api/v1/tickets/" + ticket + "?minVersion=" + version).json().get("messages");
        assertThat(messages.get(0).get("bodyHtml").asString()).isEqualTo("<h2>Broken " + marker
                + "</h2><ul><li>since <em>Monday</em></li></ul>");
        assertThat(messages.get(0).get("body").asString()).isEqualTo("Broken " + marker + "\n\n- since Monday");
        String html = messages.get(1).get("bodyHtml").asString();
        assertThat(html).isEqualTo("<p>Please <strong>check</strong> <a rel=\"noopener noreferrer nofollow\""
                + " target=\"_blank\">this</a> and <a href=\"https://docs.example/x\" rel=\"noopener noreferrer"
                + " nofollow\" target=\"_blank\">the docs</a></p>");
        assertThat(messages.get(1).get("body").asString())
                .isEqualTo("Please check this and the docs (https://docs.example/x)");
        assertThat(messages.get(2).get("bodyHtml").asString())
                .isEqualTo("<p>Plain &lt;b&gt;not bold&lt;/b&gt; &amp; fine<br>next line</p>");
        assertThat(messages.get(2).get("body").asString()).isEqualTo("Plain <b>not bold</b> & fine\nnext line");

        String asOf = URLEncoder.encode(Instant.now().toString(), StandardCharsets.UTF_8);
        JsonNode past = admin.get("/api/v1/tickets/" + ticket + "?asOf=" + asOf).json().get("messages");
        assertThat(past.get(1).get("bodyHtml").asString()).isEqualTo(html);

        admin.post("/api/v1/users", json("id", customer, "role", "customer", "password", "rich-text-password-1"));
        Api asCustomer = admin.as(new Tokens(keys, port).forUser(UUID.fromString(customer), "customer"));
        JsonNode seen = asCustomer.get("/api/v1/tickets/" + ticket).json().get("messages");
        assertThat(seen.get(1).get("bodyHtml").asString()).isEqualTo(html);

        assertThat(admin.get("/api/v1/tickets?q=docs+" + marker).json().get("items")).isEmpty();
        assertThat(admin.get("/api/v1/tickets?q=" + marker).json().get("items")).hasSize(1);
        assertThat(admin.get("/api/v1/tickets/count?q=strong").json().get("count").asLong())
                .as("markup is not searchable text").isZero();
    }

    @Test
    void refusesAnUnknownFormatAndHtmlWithoutTextWritingNothing() {
        Api admin = new Api(port);
        String customer = admin.post("/api/v1/customers", json("name", "Format", "email",
                UUID.randomUUID() + "@example.com")).json().get("id").asString();
        String ticket = admin.post("/api/v1/tickets", json("subject", "Formats", "description", "Hi",
                "requesterId", customer)).json().get("id").asString();

        Api.Response markdown = admin.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "internal-note",
                "body", "*hi*", "format", "markdown"));
        assertThat(markdown.status()).isEqualTo(400);
        assertThat(markdown.json().get("code").asString()).isEqualTo("validation-failed");
        Api.Response empty = admin.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "internal-note",
                "body", "<img src=x onerror=alert(1)>", "format", "html"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/tickets", json("subject", "Empty", "description", "<script>x</script>",
                "format", "html", "requesterId", customer)).status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/tickets/" + ticket + "?minVersion=1").json().get("messages")).hasSize(1);
    }
}
