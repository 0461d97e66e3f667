package io.autocrm.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every class of malformed request, sent to a public and to a protected operation, answers an RFC 9457 problem detail
 * with a stable code and never a server error, whichever layer refuses it (Tomcat, the request firewall, the
 * parameter check, Spring MVC, the JSON rules), and none of them logs an error or a stack trace. Requests go over a
 * raw socket, since well-behaved HTTP clients refuse to send most of them.
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestsTest {

    private static final String KEY = "Authorization: Bearer " + Api.BOOTSTRAP_KEY;

    @LocalServerPort
    int port;

    @Test
    void refusesMalformedPercentEncodingAndInvalidUtf8InTheQueryString(CapturedOutput output) throws IOException {
        for (String query : new String[] {"q=%zz", "q=%C3%28", "%zz=1"}) {
            assertProblem(raw("GET /actuator/health?" + query), 400, "malformed-request");
            assertProblem(raw("GET /login?" + query), 400, "malformed-request");
            assertProblem(raw("GET /api/v1/tickets?" + query, KEY), 400, "malformed-request");
        }
        assertProblem(raw("POST /login", "Content-Type: application/x-www-form-urlencoded", "", "email=%zz&password=x"),
                400, "malformed-request");
        assertQuiet(output);
    }

    @Test
    void refusesANulCharacterInParametersAndInJsonStrings(CapturedOutput output) throws IOException {
        assertProblem(raw("GET /actuator/health?x=a%00b"), 400, "malformed-request");
        assertProblem(raw("GET /api/v1/tickets?q=a%00b", KEY), 400, "malformed-request");
        assertProblem(raw("GET /api/v1/customers?email=a%00b", KEY), 400, "malformed-request");
        assertProblem(json("POST /api/v1/auth/password-reset", "{\"email\": \"a\\u0000@example.com\"}"), 400,
                "malformed-request");
        assertProblem(json("POST /api/v1/customers", "{\"name\": \"Nul\\u0000\", \"email\": \"nul@example.com\"}",
                KEY), 400, "malformed-request");
        assertProblem(json("POST /api/v1/tickets", "{\"subject\": \"s\", \"description\": \"d\", "
                + "\"customFields\": {\"a\\u0000\": [\"x\"]}}", KEY), 400, "malformed-request");
        assertQuiet(output);
    }

    @Test
    void refusesAContentTypeTheEndpointDoesNotRead(CapturedOutput output) throws IOException {
        String multipart = "Content-Type: multipart/form-data; boundary=b";
        String body = "--b\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nx@example.com\r\n--b--\r\n";
        assertProblem(raw("POST /api/v1/auth/password-reset", multipart, "", body), 415, "unsupported-media-type");
        assertProblem(raw("POST /api/v1/customers", KEY, multipart, "", body), 415, "unsupported-media-type");
        for (String type : new String[] {"*/*", "text/plain", "garbage"}) {
            assertProblem(raw("POST /api/v1/auth/password-reset", "Content-Type: " + type, "", "{}"), 415,
                    "unsupported-media-type");
            assertProblem(raw("POST /api/v1/customers", KEY, "Content-Type: " + type, "", "{}"), 415,
                    "unsupported-media-type");
        }
        assertQuiet(output);
    }

    @Test
    void refusesDatesBeyondTheRepresentableRangeInFiltersAndForgedCursors(CapturedOutput output) throws IOException {
        for (String date : new String[] {"-999999999-01-01T00:00:00Z", "%2B100000-01-01T00:00:00Z",
                "0000-12-31T23:59:59Z"}) {
            assertProblem(raw("GET /api/v1/tickets?createdAfter=" + date, KEY), 400, "validation-failed");
            assertProblem(raw("GET /api/v1/tickets/" + UUID.randomUUID() + "?asOf=" + date, KEY), 400,
                    "validation-failed");
        }
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("v1|-updatedAt|-999999999-01-01T00:00:00Z|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        assertProblem(raw("GET /api/v1/tickets?cursor=" + forged, KEY), 400, "validation-failed");
        assertQuiet(output);
    }

    @Test
    void refusesPathsMethodsAndHeadersBeforeTheApplicationSeesThem(CapturedOutput output) throws IOException {
        for (String target : new String[] {"/api/v1/tickets/a;b", "/api/v1/tickets/%2e%2e/x", "/login;x=1",
                "/api/v1/tick[ets", "/actuator/health%00"}) {
            assertProblem(raw("GET " + target, KEY), 400, "malformed-request");
        }
        for (String method : new String[] {"TRACE", "FOO", "CONNECT"}) {
            assertProblem(raw(method + " /api/v1/tickets", KEY), 405, "method-not-allowed");
            assertProblem(raw(method + " /actuator/health"), 405, "method-not-allowed");
        }
        String huge = "X-Huge: " + "a".repeat(20_000);
        assertProblem(raw("GET /actuator/health", huge), 400, "malformed-request");
        assertProblem(raw("GET /api/v1/tickets", KEY, huge), 400, "malformed-request");
        assertQuiet(output);
    }

    @Test
    void answersAMalformedPathIdAsTheResourcesNotFoundAndAMalformedQueryIdAsInvalid(CapturedOutput output)
            throws IOException {
        for (String path : new String[] {"/api/v1/tickets/not-an-id", "/api/v1/tickets/not-an-id/events",
                "/api/v1/tickets/not-an-id/audit"}) {
            assertProblem(raw("GET " + path, KEY), 404, "ticket-not-found");
        }
        assertProblem(raw("GET /api/v1/tickets?requesterId=not-an-id", KEY), 400, "validation-failed");
        assertQuiet(output);
    }

    /** The command side's and identity's ids are typed parameters too: each malformed one answers as before. */
    @Test
    void answersAMalformedIdOfEveryResourceAsThatResourcesNotFound(CapturedOutput output) throws IOException {
        assertProblem(json("PATCH /api/v1/tickets/not-an-id", "{\"priority\": \"high\"}", KEY), 404,
                "ticket-not-found");
        assertProblem(json("POST /api/v1/tickets/not-an-id/messages", "{\"kind\": \"internal-note\", "
                + "\"body\": \"x\"}", KEY), 404, "ticket-not-found");
        assertProblem(raw("GET /api/v1/customers/not-an-id", KEY), 404, "customer-not-found");
        assertProblem(raw("POST /api/v1/customers/not-an-id/erasure", KEY), 404, "customer-not-found");
        assertProblem(raw("GET /api/v1/agents/not-an-id", KEY), 404, "not-found");
        assertProblem(json("PATCH /api/v1/organisations/not-an-id", "{}", KEY), 404, "organisation-not-found");
        assertProblem(raw("GET /api/v1/api-keys/not-an-id", KEY), 404, "api-key-not-found");
        assertProblem(raw("DELETE /api/v1/api-keys/not-an-id", KEY), 404, "api-key-not-found");
        assertProblem(raw("GET /api/v1/users/not-an-id", KEY), 404, "user-not-found");
        assertProblem(json("PATCH /api/v1/users/not-an-id", "{\"enabled\": false}", KEY), 404, "user-not-found");
        assertProblem(json("POST /api/v1/users", "{\"id\": \"not-an-id\", \"role\": \"agent\"}", KEY), 404,
                "user-not-found");
        assertProblem(raw("GET /api/v1/customers?organisationId=not-an-id", KEY), 400, "validation-failed");
        assertProblem(json("POST /api/v1/customers", "{\"name\": \"N\", \"email\": \"n@example.com\", "
                + "\"organisationId\": \"not-an-id\"}", KEY), 400, "validation-failed");
        assertQuiet(output);
    }

    @Test
    void refusesJsonThatIsNotExactlyWhatItSays(CapturedOutput output) throws IOException {
        boolean signup = new Api(port).get("/api/v1/admin/settings").json().get("customerSignup").asBoolean();
        for (String settings : new String[] {"{\"customerSignup\": -1}", "{\"customerSignup\": 1}",
                "{\"customerSignup\": \"\"}", "{\"customerSignup\": \"true\"}",
                "{\"customerSignup\": false, \"customerSignup\": true}"}) {
            assertProblem(json("PATCH /api/v1/admin/settings", settings, KEY), 400, "malformed-request");
        }
        assertThat(new Api(port).get("/api/v1/admin/settings").json().get("customerSignup").asBoolean())
                .isEqualTo(signup);
        assertProblem(json("POST /api/v1/auth/password-reset", "{\"email\": 42}"), 400, "malformed-request");
        assertProblem(json("POST /api/v1/auth/password-reset", "{\"email\": \"a@example.com\", \"email\": \"b\"}"),
                400, "malformed-request");
        assertProblem(json("POST /api/v1/customers", "{\"name\": 42, \"email\": \"n@example.com\"}", KEY), 400,
                "malformed-request");
        assertQuiet(output);
    }

    private Answer json(String requestLine, String body, String... headers) throws IOException {
        String[] lines = new String[headers.length + 3];
        System.arraycopy(headers, 0, lines, 0, headers.length);
        lines[headers.length] = "Content-Type: application/json";
        lines[headers.length + 1] = "";
        lines[headers.length + 2] = body;
        return raw(requestLine, lines);
    }

    /**
     * Sends a request exactly as written: the request line without the protocol, header lines, then (after an empty
     * line) a body. Host, Connection and Content-Length are added.
     */
    private Answer raw(String requestLine, String... lines) throws IOException {
        StringBuilder headers = new StringBuilder(requestLine).append(" HTTP/1.1\r\nHost: localhost\r\n")
                .append("Connection: close\r\n");
        String body = null;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                body = String.join("\r\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                break;
            }
            headers.append(lines[i]).append("\r\n");
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            headers.append("Content-Length: ").append(content.length).append("\r\n");
        }
        headers.append("\r\n");
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(headers.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            return Answer.of(requestLine, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static void assertProblem(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.body()).as(answer.toString()).contains("\"code\":\"" + code + "\"")
                .contains("\"status\":" + status);
    }

    /** A client's mistake is no server error: nothing at ERROR, no stack trace in the log. */
    private static void assertQuiet(CapturedOutput output) {
        assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("\tat ");
    }

    private record Answer(String request, int status, String contentType, String body) {

        static Answer of(String request, String response) {
            String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
            String contentType = head.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring("content-type:".length()).trim()).findFirst().orElse("");
            int status = head.isEmpty() ? -1 : Integer.parseInt(head.split(" ")[1]);
            return new Answer(request, status, contentType, response.substring(Math.min(response.length(),
                    head.length() + 4)));
        }

        @Override
        public String toString() {
            return request + " -> " + status + " " + contentType + " " + body.substring(0, Math.min(300,
                    body.length()));
        }
    }
}
