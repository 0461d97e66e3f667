package io.autocrm.app.files;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import io.autocrm.app.support.Tokens;
import io.autocrm.platform.files.Attachments;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Files on messages through the real API and the local file store: uploads with their type sniffed from the bytes,
 * limits as problem details, claims only by the uploader, downloads through signed links that follow the message's
 * visibility, bytes stored once per hash, and erasure and expiry deleting the bytes.
 */
@AppTest
class AttachmentsTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @LocalServerPort
    int port;
    @Autowired
    JWKSource<SecurityContext> keys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Attachments attachments;
    @Value("${autocrm.files.dir}")
    Path store;

    private Api admin;
    private Api agent;
    private Api otherAgent;
    private Api customer;
    private String customerId;
    private String ticket;

    @BeforeEach
    void setUp() {
        admin = new Api(port);
        Tokens tokens = new Tokens(keys, port);
        agent = admin.as(tokens.forUser(UUID.fromString(agent("Fay Files")), "agent"));
        otherAgent = admin.as(tokens.forUser(UUID.fromString(agent("Gus Other")), "agent"));
        customerId = admin.post("/api/v1/customers", json("name", "Hal Customer", "email",
                UUID.randomUUID() + "@example.com")).json().get("id").asString();
        assertThat(admin.post("/api/v1/users", json("id", customerId, "role", "customer", "password",
                "customer-password-12")).status()).isEqualTo(201);
        customer = admin.as(tokens.forUser(UUID.fromString(customerId), "customer"));
        ticket = customer.post("/api/v1/tickets", json("subject", "Screenshots", "description", "See below"))
                .json().get("id").asString();
    }

    @Test
    void anUploadIsTypedByItsBytesPutOnAReplyAndDownloadedThroughItsSignedLink() throws Exception {
        JsonNode png = upload(agent, "screenshot.txt", Uploads.PNG);
        assertThat(png.get("contentType").asString()).as("the bytes, not the name").isEqualTo("image/png");
        assertThat(png.get("name").asString()).isEqualTo("screenshot.txt");
        assertThat(png.get("sha256").asString()).isEqualTo(sha256(Uploads.PNG));
        JsonNode exe = upload(agent, "C:\\fakepath\\cat.jpg", Uploads.EXE);
        assertThat(exe.get("name").asString()).as("no path of the sender's machine").isEqualTo("cat.jpg");
        assertThat(exe.get("contentType").asString()).isNotEqualTo("image/jpeg").contains("msdownload");

        assertThat(agent.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "public-reply", "body",
                "Here you go", "attachmentIds", List.of(png.get("id").asString(), exe.get("id").asString())))
                .status()).isEqualTo(201);
        JsonNode files = awaitFiles(customer, "Here you go");
        assertThat(files).hasSize(2);
        JsonNode image = files.get(0);
        assertThat(image.get("name").asString()).isEqualTo("screenshot.txt");
        assertThat(image.get("size").asLong()).isEqualTo(Uploads.PNG.length);

        HttpResponse<byte[]> served = fetch(image.get("url").asString());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(Uploads.PNG);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(served.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("sandbox");
        HttpResponse<byte[]> program = fetch(files.get(1).get("url").asString());
        assertThat(program.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(program.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
                .contains("cat.jpg");

        String url = image.get("url").asString();
        assertThat(fetch(url.replaceAll("signature=[^&]+", "signature=forged")).statusCode()).isEqualTo(403);
        assertThat(fetch(url.replaceAll("expires=\\d+", "expires=" + (System.currentTimeMillis() / 1000 + 99999)))
                .statusCode()).as("a longer life is a different signature").isEqualTo(403);
        assertThat(fetch(url.replaceAll("expires=\\d+", "expires=1000")).statusCode()).isEqualTo(403);
        Api.Response redirect = customer.get("/api/v1/tickets/" + ticket + "/attachments/" + image.get("id").asString());
        assertThat(redirect.status()).isEqualTo(303);
        assertThat(redirect.header("Location")).startsWith("/api/v1/files/" + image.get("id").asString() + "/");
    }

    @Test
    void customersNeverReachTheFilesOfAnInternalNote() {
        JsonNode secret = upload(agent, "internal-findings.txt", "only for staff".getBytes());
        Api.Response note = agent.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "internal-note", "body",
                "Staff only", "attachmentIds", List.of(secret.get("id").asString())));
        assertThat(note.status()).isEqualTo(201);
        Api.Response read = agent.get("/api/v1/tickets/" + ticket + "?minVersion=" + note.json().get("version").asLong());
        assertThat(read.status()).as("the detail reaches the version the write answered").isEqualTo(200);
        assertThat(read.body()).contains("internal-findings.txt");
        assertThat(customer.get("/api/v1/tickets/" + ticket).body()).doesNotContain("internal-findings");
        Api.Response refused = customer.get("/api/v1/tickets/" + ticket + "/attachments/" + secret.get("id").asString());
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.json().get("code").asString()).isEqualTo("attachment-not-found");
        assertThat(agent.get("/api/v1/tickets/" + ticket + "/attachments/" + secret.get("id").asString()).status())
                .isEqualTo(303);
    }

    @Test
    void onlyTheUploaderAttachesAnUploadAndOnlyOnceAndARefusedMessageLeavesNothing() {
        JsonNode file = upload(agent, "mine.txt", "mine".getBytes());
        String id = file.get("id").asString();
        Api.Response foreign = otherAgent.post("/api/v1/tickets/" + ticket + "/messages", json("kind",
                "public-reply", "body", "Not yours", "attachmentIds", List.of(id)));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.json().get("code").asString()).isEqualTo("unknown-attachment");
        assertThat(agent.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "public-reply", "body",
                "Mine", "attachmentIds", List.of(id))).status()).isEqualTo(201);
        Api.Response again = agent.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "public-reply",
                "body", "Again", "attachmentIds", List.of(id)));
        assertThat(again.json().get("code").asString()).isEqualTo("unknown-attachment");
        Api.Response malformed = agent.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "public-reply",
                "body", "Bad id", "attachmentIds", List.of("not-a-uuid")));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT body FROM pii.ticket_content WHERE ticket_id = ? AND body IN ('Not yours', 'Again',"
                + " 'Bad id')").param(UUID.fromString(ticket)).query(String.class).list()).isEmpty();
    }

    @Test
    void limitsAnswerAsProblemDetailsNamingTheLimit() {
        byte[] large = new byte[2 * 1024 * 1024 + 1];
        Api.Response tooLarge = Uploads.upload(agent, "huge.bin", large);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("code").asString()).isEqualTo("payload-too-large");
        assertThat(tooLarge.json().get("detail").asString()).contains("huge.bin", "2 MB");

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            byte[] bytes = new byte[2 * 1024 * 1024 - 10];
            new Random(i).nextBytes(bytes);
            ids.add(upload(agent, "part-" + i + ".bin", bytes).get("id").asString());
        }
        Api.Response overMessage = agent.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "public-reply",
                "body", "Two big files", "attachmentIds", ids));
        assertThat(overMessage.status()).isEqualTo(413);
        assertThat(overMessage.json().get("detail").asString()).contains("3 MB");
        assertThat(Uploads.upload(agent, "", "no name".getBytes()).json().get("name").asString()).isEqualTo("file");
        Api.Response noFile = Uploads.send(agent, "/api/v1/uploads",
                new Uploads.Part("other", null, "text/plain", "x".getBytes()));
        assertThat(noFile.status()).isEqualTo(400);
    }

    @Test
    void aMessageAndItsFilesCanComeInOneMultipartRequest() {
        Api.Response sent = Uploads.send(customer, "/api/v1/tickets/" + ticket + "/messages",
                new Uploads.Part("message", null, "application/json",
                        "{\"kind\":\"customer-message\",\"body\":\"Both logs\"}".getBytes()),
                new Uploads.Part("files", "a.log", "text/plain", "first log".getBytes()),
                new Uploads.Part("files", "b.log", "text/plain", "second log".getBytes()));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        JsonNode files = awaitFiles(agent, "Both logs");
        assertThat(files).extracting(f -> f.get("name").asString()).containsExactly("a.log", "b.log");
    }

    @Test
    void theSameBytesAreStoredOnceAndErasureDeletesThemWhenNoOtherFileNeedsThem() throws Exception {
        byte[] shared = ("shared " + UUID.randomUUID()).getBytes();
        byte[] own = ("own " + UUID.randomUUID()).getBytes();
        String sharedId = Uploads.upload(customer, "shared.txt", shared).json().get("id").asString();
        String ownId = Uploads.upload(customer, "own.txt", own).json().get("id").asString();
        assertThat(customer.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "customer-message", "body",
                "Files", "attachmentIds", List.of(sharedId, ownId))).status()).isEqualTo(201);
        String otherTicket = admin.post("/api/v1/tickets", json("subject", "Other", "description", "Other",
                "requester", json("name", "Ivy", "email", UUID.randomUUID() + "@example.com"))).json().get("id")
                .asString();
        String copy = Uploads.upload(agent, "copy.txt", shared).json().get("id").asString();
        assertThat(agent.post("/api/v1/tickets/" + otherTicket + "/messages", json("kind", "public-reply", "body",
                "Same bytes", "attachmentIds", List.of(copy))).status()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM files.blob WHERE sha256 = ?").param(sha256(shared))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(blob(shared)).exists();
        assertThat(blob(own)).exists();
        String pending = Uploads.upload(customer, "never-sent.txt", ("pending " + UUID.randomUUID()).getBytes())
                .json().get("id").asString();

        assertThat(admin.post("/api/v1/customers/" + customerId + "/erasure", json()).status()).isLessThan(300);
        await().atMost(WAIT).untilAsserted(() -> assertThat(blob(own)).doesNotExist());
        assertThat(blob(shared)).as("another ticket's file has these bytes").exists();
        assertThat(jdbc.sql("SELECT count(*) FROM files.attachment WHERE id IN (?, ?, ?)")
                .params(UUID.fromString(sharedId), UUID.fromString(ownId), UUID.fromString(pending))
                .query(Long.class).single()).isZero();
        assertThat(fetchOf(otherTicket, "copy.txt").statusCode()).isEqualTo(200);
    }

    @Test
    void uploadsNobodyAttachedExpireAndTheirBytesGo() {
        byte[] bytes = ("forgotten " + UUID.randomUUID()).getBytes();
        String id = upload(agent, "forgotten.txt", bytes).get("id").asString();
        jdbc.sql("UPDATE files.attachment SET expires_at = now() - interval '1 minute' WHERE id = ?")
                .param(UUID.fromString(id)).update();
        jdbc.sql("UPDATE files.blob SET used_at = now() - interval '2 hours' WHERE sha256 = ?").param(sha256(bytes))
                .update();
        attachments.sweep();
        assertThat(jdbc.sql("SELECT count(*) FROM files.attachment WHERE id = ?").param(UUID.fromString(id))
                .query(Long.class).single()).isZero();
        assertThat(blob(bytes)).doesNotExist();
        Api.Response late = agent.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "public-reply",
                "body", "Too late", "attachmentIds", List.of(id)));
        assertThat(late.json().get("code").asString()).isEqualTo("unknown-attachment");
    }

    private HttpResponse<byte[]> fetchOf(String ticketId, String name) throws Exception {
        for (JsonNode message : admin.get("/api/v1/tickets/" + ticketId + "?minVersion=" + version(ticketId)).json()
                .get("messages")) {
            for (JsonNode file : message.get("attachments")) {
                if (file.get("name").asString().equals(name)) {
                    return fetch(file.get("url").asString());
                }
            }
        }
        throw new AssertionError("no file " + name);
    }

    private Path blob(byte[] bytes) {
        String hash = sha256(bytes);
        return store.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }

    private JsonNode upload(Api api, String name, byte[] bytes) {
        Api.Response response = Uploads.upload(api, name, bytes);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private JsonNode awaitFiles(Api api, String body) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(WAIT).untilAsserted(() -> {
            found.clear();
            for (JsonNode message : api.get("/api/v1/tickets/" + ticket).json().get("messages")) {
                if (body.equals(message.get("body").asString())) {
                    found.add(message.get("attachments"));
                }
            }
            assertThat(found).hasSize(1);
            assertThat(found.getFirst()).isNotEmpty();
        });
        return found.getFirst();
    }

    private long version(String ticketId) {
        return jdbc.sql("SELECT max(sequence_number) + 1 FROM events.domain_event_entry WHERE aggregate_identifier = ?")
                .param(ticketId).query(Long.class).single();
    }

    private HttpResponse<byte[]> fetch(String url) throws Exception {
        return admin.http().send(admin.anonymous().request(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String agent(String name) {
        String id = admin.post("/api/v1/agents", json("name", name, "email", UUID.randomUUID() + "@example.com"))
                .json().get("id").asString();
        assertThat(admin.post("/api/v1/users", json("id", id, "role", "agent", "password", "agent-password-123"))
                .status()).isEqualTo(201);
        return id;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
