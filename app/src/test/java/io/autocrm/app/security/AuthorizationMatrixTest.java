package io.autocrm.app.security;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.autocrm.access.Scope;
import io.autocrm.query.operations.ProcessorProgress;
import io.autocrm.query.operations.ReadModelRebuild;
import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import io.autocrm.app.support.Tokens;
import java.io.InputStream;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Walks every operation of the OpenAPI document with every kind of principal — anonymous, a customer, a colleague
 * in the customer's ticket-sharing organisation, a customer of another organisation, an agent, an admin, and API
 * keys holding exactly one scope or every scope but one — and checks each outcome against the permission matrix
 * written out below, independently of the security configuration. A refused call must answer with the right status
 * and problem code and change nothing: every table of the event store, personal data, directory and identity is
 * fingerprinted before and after it. An operation the document has and this matrix does not know fails the test,
 * so a new endpoint cannot slip in unclassified.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    private static final String PASSWORD = "matrix-password-0123";

    @LocalServerPort
    int port;
    @Autowired
    JWKSource<SecurityContext> keys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReadModelRebuild rebuild;

    private Api admin;
    private Api adminPerson;
    private final List<Principal> principals = new ArrayList<>();
    private String ticket;
    private String mailTicket;
    private String mailId;
    private String attachmentId;
    private String fileUrl;
    private String customerA;
    private String agentId;
    private String status;
    private String field;

    enum Kind { ANONYMOUS, CUSTOMER, COLLEAGUE, OTHER_CUSTOMER, AGENT, ADMIN, KEY }

    /** Who calls; {@code scopes} only for keys; {@code id} the person's id (agent or customer). */
    record Principal(String name, Kind kind, Set<Scope> scopes, Api api, String id) {

        boolean isCustomer() {
            return kind == Kind.CUSTOMER || kind == Kind.COLLEAGUE || kind == Kind.OTHER_CUSTOMER;
        }

        boolean isPerson() {
            return isCustomer() || kind == Kind.AGENT || kind == Kind.ADMIN;
        }

        boolean has(Scope scope) {
            return scopes.contains(scope) || scopes.contains(Scope.ADMIN);
        }
    }

    /** What a call may do: reach the endpoint, or be refused with this status and one of these problem codes. */
    record Expect(int status, Set<String> codes) {

        static final Expect ALLOWED = new Expect(0, Set.of());
        static final Expect UNAUTHENTICATED = new Expect(401, Set.of("unauthenticated"));
        static final Expect FORBIDDEN = new Expect(403, Set.of("forbidden"));
        static final Expect INSUFFICIENT_SCOPE = new Expect(403, Set.of("insufficient-scope"));
        static final Expect CUSTOMER_FORBIDDEN = new Expect(403, Set.of("customer-action-forbidden"));
        static final Expect HIDDEN = new Expect(404, Set.of("ticket-not-found"));
        static final Expect PUBLIC = new Expect(-1, Set.of());

        boolean allowed() {
            return status == 0;
        }
    }

    /** How customers fare on an endpoint guarded by a scope. */
    enum Customers {
        /** Refused: not for customers at all. */
        NONE,
        /** Allowed, with a view limited to what they may see. */
        ALL,
        /** Allowed on a ticket they may see; a foreign ticket does not exist for them. */
        OWN_TICKET,
        /** Not theirs to do, even on their own ticket; a foreign ticket does not exist for them. */
        STAFF_ONLY_ON_TICKET
    }

    /** One operation: how to call it as a principal, what it may answer when allowed, and who may call it. */
    record Operation(Function<Principal, Call> call, Set<Integer> allowedStatuses, Function<Principal, Expect> rule) {
    }

    record Call(String method, String path, Object body) {
    }

    /** A body sent as it is, with its own media type (a raw mail), not as JSON. */
    record RawBody(String contentType, String content) {
    }

    /** A multipart upload of one small text file, as a browser sends it. */
    static RawBody upload(String name, String content) {
        return new RawBody("multipart/form-data; boundary=matrix-boundary", "--matrix-boundary\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + content + "\r\n--matrix-boundary--\r\n");
    }

    @BeforeAll
    void setUp() {
        admin = new Api(port);
        Tokens tokens = new Tokens(keys, port);
        String sharing = id(admin.post("/api/v1/organisations", json("name", "Matrix sharing " + UUID.randomUUID(),
                "sharedTickets", true)));
        String other = id(admin.post("/api/v1/organisations", json("name", "Matrix other " + UUID.randomUUID(),
                "sharedTickets", false)));
        customerA = customer("Matrix A", sharing);
        String colleague = customer("Matrix colleague", sharing);
        String outsider = customer("Matrix outsider", other);
        agentId = agent("Matrix Agent");
        String adminId = agent("Matrix Admin");
        login(customerA, "customer");
        login(colleague, "customer");
        login(outsider, "customer");
        login(agentId, "agent");
        login(adminId, "admin");

        principals.add(new Principal("anonymous", Kind.ANONYMOUS, Set.of(), admin.anonymous(), null));
        principals.add(person("customer A", Kind.CUSTOMER, tokens.forUser(UUID.fromString(customerA), "customer"),
                customerA));
        principals.add(person("colleague of A", Kind.COLLEAGUE, tokens.forUser(UUID.fromString(colleague), "customer"),
                colleague));
        principals.add(person("customer of another organisation", Kind.OTHER_CUSTOMER,
                tokens.forUser(UUID.fromString(outsider), "customer"), outsider));
        principals.add(person("agent", Kind.AGENT, tokens.forUser(UUID.fromString(agentId), "agent"), agentId));
        principals.add(person("admin", Kind.ADMIN, tokens.forUser(UUID.fromString(adminId), "admin"), adminId));
        adminPerson = principals.getLast().api();
        for (Scope scope : Scope.values()) {
            principals.add(key("key with only " + scope.key(), EnumSet.of(scope)));
            EnumSet<Scope> allBut = EnumSet.complementOf(EnumSet.of(scope));
            principals.add(key("key with every scope but " + scope.key(), allBut));
        }

        ticket = id(admin.post("/api/v1/tickets", json("subject", "Matrix ticket", "description", "Opened for the matrix",
                "requesterId", customerA)));
        status = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/api/v1/statuses", json("key", status, "label", "Matrix", "category", "open")).status())
                .isEqualTo(201);
        JsonNode mail = admin.postRaw("/api/v1/mail/inbound", "From: " + UUID.randomUUID() + "@example.com\r\n"
                + "To: support@autocrm.localhost\r\nSubject: Matrix mail\r\n\r\nBy mail\r\n", "message/rfc822").json();
        mailTicket = mail.get("ticketId").asString();
        mailId = mail.get("id").asString();
        RawBody file = upload("matrix.txt", "A file for the matrix");
        String upload = admin.postRaw("/api/v1/uploads", file.content(), file.contentType()).json().get("id")
                .asString();
        assertThat(admin.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "public-reply", "body",
                "With a file", "attachmentIds", List.of(upload))).status()).isEqualTo(201);
        field = "matrix_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
        assertThat(admin.post("/api/v1/custom-fields", json("key", field, "label", "Matrix field", "type", "text"))
                .status()).isEqualTo(201);
        awaitReadModels();
        for (JsonNode message : admin.get("/api/v1/tickets/" + ticket).json().get("messages")) {
            if (!message.get("attachments").isEmpty()) {
                attachmentId = message.get("attachments").get(0).get("id").asString();
                fileUrl = message.get("attachments").get(0).get("url").asString();
            }
        }
        assertThat(fileUrl).isNotNull();
    }

    @Test
    void everyOperationAnswersEveryPrincipalAsTheMatrixSays() {
        Map<String, Operation> matrix = matrix();
        assertThat(documentedOperations()).as("operations in the OpenAPI document").isEqualTo(new TreeSet<>(matrix.keySet()));

        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Operation> entry : matrix.entrySet()) {
            Integer publicStatus = null;
            for (Principal principal : principals) {
                Operation operation = entry.getValue();
                Expect expect = operation.rule().apply(principal);
                Call call = operation.call().apply(principal);
                String fingerprint = expect.allowed() ? null : fingerprint();
                Api.Response response = send(principal.api(), call);
                String where = entry.getKey() + " as " + principal.name() + " → " + response.status() + " "
                        + abbreviate(response.body());
                checked++;
                if (expect == Expect.PUBLIC) {
                    if (publicStatus == null) {
                        publicStatus = response.status();
                    }
                    boolean refused = response.status() == 401 || (response.status() == 403
                            && !"signup-disabled".equals(problemCode(response))); // the design's answer while sign-up is off
                    if (refused || response.status() != publicStatus) {
                        failures.add(where + " (public: same answer for everyone, expected " + publicStatus + ")");
                    }
                } else if (expect.allowed()) {
                    if (!operation.allowedStatuses().contains(response.status())) {
                        failures.add(where + " (expected one of " + operation.allowedStatuses() + ")");
                    }
                } else {
                    String code = response.status() == expect.status() ? problemCode(response) : null;
                    if (response.status() != expect.status() || !expect.codes().contains(code)) {
                        failures.add(where + " (expected " + expect.status() + " " + expect.codes() + ")");
                    } else if (!fingerprint().equals(fingerprint)) {
                        failures.add(where + " (refused, yet the stored data changed)");
                    }
                }
                if (entry.getKey().endsWith("/rebuild") && response.status() == 202) {
                    awaitReadModels();
                }
            }
        }
        assertThat(failures).as("%d calls checked", checked).isEmpty();
        assertThat(checked).isGreaterThan(40 * principals.size() - 1);
    }

    /** A side conversation on the ticket, started by the admin. */
    private String sideConversation(String ticket) {
        Api.Response started = admin.post("/api/v1/tickets/" + ticket + "/side-conversations", json("subject",
                "Matrix", "body", "Set-up", "to", List.of("matrix-vendor@example.net")));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return started.json().get("conversationId").asString();
    }

    /** A fresh ticket of customer A (merges and splits use one up per call). */
    private String customerTicket() {
        return id(admin.post("/api/v1/tickets", json("subject", "Matrix merge", "description", "Twice",
                "requesterId", customerA)));
    }

    /** The permission matrix, operation by operation, in the order they are walked (rebuild last). */
    private Map<String, Operation> matrix() {
        Map<String, Operation> m = new LinkedHashMap<>();
        // Tickets
        m.put("GET /api/v1/tickets", op(p -> get("/api/v1/tickets"), scoped(Scope.TICKETS_READ, Customers.ALL)));
        m.put("GET /api/v1/tickets/count", op(p -> get("/api/v1/tickets/count"),
                scoped(Scope.TICKETS_READ, Customers.ALL)));
        m.put("GET /api/v1/stream/tickets", op(p -> get("/api/v1/stream/tickets"),
                scoped(Scope.TICKETS_READ, Customers.ALL)));
        m.put("GET /api/v1/tickets/{id}", op(p -> get("/api/v1/tickets/" + ticket),
                scoped(Scope.TICKETS_READ, Customers.OWN_TICKET)));
        m.put("GET /api/v1/tickets/{id}/events", op(p -> get("/api/v1/tickets/" + ticket + "/events"),
                scoped(Scope.EVENTS_READ, Customers.OWN_TICKET)));
        m.put("GET /api/v1/tickets/{id}/audit", op(p -> get("/api/v1/tickets/" + ticket + "/audit"),
                scoped(Scope.EVENTS_READ, Customers.OWN_TICKET)));
        m.put("POST /api/v1/tickets", op(p -> new Call("POST", "/api/v1/tickets", p.isCustomer()
                        ? json("subject", "From " + p.name(), "description", "Hello")
                        : json("subject", "From " + p.name(), "description", "Hello", "requesterId", customerA)),
                Set.of(201), scoped(Scope.TICKETS_WRITE, Customers.ALL)));
        m.put("PATCH /api/v1/tickets/{id}", op(p -> new Call("PATCH", "/api/v1/tickets/" + ticket,
                        json("priority", "high", "tags", List.of("matrix-" + Math.abs(p.name().hashCode())))),
                scoped(Scope.TICKETS_WRITE, Customers.STAFF_ONLY_ON_TICKET)));
        m.put("POST /api/v1/tickets/{id}/messages", op(p -> new Call("POST", "/api/v1/tickets/" + ticket + "/messages",
                        p.isCustomer() ? json("kind", "customer-message", "body", "Customer says hi")
                                : p.kind() == Kind.KEY
                                        ? json("kind", "internal-note", "body", "Key note", "authorId", agentId)
                                        : json("kind", "internal-note", "body", "Staff note")),
                Set.of(201), scoped(Scope.TICKETS_WRITE, Customers.OWN_TICKET)));
        m.put("POST /api/v1/tickets/{id}/merge", op(p -> {
            String survivor = customerTicket();
            return new Call("POST", "/api/v1/tickets/" + survivor + "/merge", json("mergedTicketId", customerTicket()));
        }, scoped(Scope.TICKETS_WRITE, Customers.STAFF_ONLY_ON_TICKET)));
        m.put("POST /api/v1/tickets/{id}/unmerge", op(p -> {
            String merged = customerTicket();
            assertThat(admin.post("/api/v1/tickets/" + customerTicket() + "/merge", json("mergedTicketId", merged))
                    .status()).isEqualTo(200);
            return new Call("POST", "/api/v1/tickets/" + merged + "/unmerge", null);
        }, scoped(Scope.TICKETS_WRITE, Customers.STAFF_ONLY_ON_TICKET)));
        m.put("POST /api/v1/tickets/{id}/split", op(p -> {
            String source = customerTicket();
            String message = admin.post("/api/v1/tickets/" + source + "/messages", json("kind", "customer-message",
                    "body", "A second problem")).json().get("messageId").asString();
            return new Call("POST", "/api/v1/tickets/" + source + "/split", json("messageIds", List.of(message),
                    "subject", "Split by " + p.name()));
        }, Set.of(201), scoped(Scope.TICKETS_WRITE, Customers.STAFF_ONLY_ON_TICKET)));
        // Participants (CCs): staff and keys with tickets:write; customers may not, not even on their own ticket
        m.put("POST /api/v1/tickets/{id}/participants", op(p -> new Call("POST", "/api/v1/tickets/" + ticket
                        + "/participants", json("email", "cc-" + Math.abs(p.name().hashCode()) + "@example.com")),
                scoped(Scope.TICKETS_WRITE, Customers.STAFF_ONLY_ON_TICKET)));
        m.put("DELETE /api/v1/tickets/{id}/participants/{customerId}", op(p -> new Call("DELETE", "/api/v1/tickets/"
                + ticket + "/participants/" + UUID.randomUUID(), null),
                scoped(Scope.TICKETS_WRITE, Customers.STAFF_ONLY_ON_TICKET)));
        // Side conversations: staff and keys with tickets:write; customers may not, not even on their own ticket
        m.put("POST /api/v1/tickets/{id}/side-conversations", op(p -> new Call("POST", "/api/v1/tickets/"
                        + customerTicket() + "/side-conversations", json("subject", "Parts " + p.name(), "body", "In stock?", "to",
                        List.of("vendor-" + Math.abs(p.name().hashCode()) + "@example.net"))),
                Set.of(201), scoped(Scope.TICKETS_WRITE, Customers.STAFF_ONLY_ON_TICKET)));
        m.put("POST /api/v1/tickets/{id}/side-conversations/{conversationId}/messages", op(p -> {
            String onTicket = customerTicket();
            return new Call("POST", "/api/v1/tickets/" + onTicket + "/side-conversations/"
                    + sideConversation(onTicket) + "/messages", json("body", "And another " + p.name()));
        }, Set.of(201), scoped(Scope.TICKETS_WRITE, Customers.STAFF_ONLY_ON_TICKET)));
        m.put("POST /api/v1/tickets/{id}/side-conversations/{conversationId}/close", op(p -> {
            String onTicket = customerTicket();
            return new Call("POST", "/api/v1/tickets/" + onTicket + "/side-conversations/"
                    + sideConversation(onTicket) + "/close", null);
        }, scoped(Scope.TICKETS_WRITE, Customers.STAFF_ONLY_ON_TICKET)));
        m.put("POST /api/v1/tickets/bulk", op(p -> new Call("POST", "/api/v1/tickets/bulk", json("tickets",
                        List.of(Map.of("id", ticket)), "changes", json("addTags", List.of("bulk-matrix")))),
                scoped(Scope.TICKETS_WRITE, Customers.NONE)));
        // Saved views
        m.put("GET /api/v1/views", op(p -> get("/api/v1/views"), scoped(Scope.TICKETS_READ, Customers.NONE)));
        m.put("POST /api/v1/views", op(p -> new Call("POST", "/api/v1/views", json("name", "Mine " + p.name(),
                        "shared", false, "columns", List.of("number", "subject"))),
                Set.of(201), peopleOnly(Scope.TICKETS_WRITE, false)));
        m.put("PUT /api/v1/views/{id}", op(p -> new Call("PUT", "/api/v1/views/" + sharedView(), json("name",
                        "Changed by " + p.name(), "shared", true, "columns", List.of("number"))),
                peopleOnly(Scope.TICKETS_WRITE, true)));
        m.put("DELETE /api/v1/views/{id}", op(p -> new Call("DELETE", "/api/v1/views/" + sharedView(), null),
                Set.of(204), peopleOnly(Scope.TICKETS_WRITE, true)));
        // Macros
        m.put("GET /api/v1/macros", op(p -> get("/api/v1/macros"), scoped(Scope.TICKETS_READ, Customers.NONE)));
        m.put("GET /api/v1/macros/usage", op(p -> get("/api/v1/macros/usage"), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("POST /api/v1/macros", op(p -> new Call("POST", "/api/v1/macros", json("name", "Mine " + p.name(),
                        "shared", false, "actions", json("priority", "high"))),
                Set.of(201), peopleOnly(Scope.TICKETS_WRITE, false)));
        m.put("PUT /api/v1/macros/{id}", op(p -> new Call("PUT", "/api/v1/macros/" + sharedMacro(), json("name",
                        "Changed by " + p.name(), "shared", true)),
                peopleOnly(Scope.TICKETS_WRITE, true)));
        m.put("DELETE /api/v1/macros/{id}", op(p -> new Call("DELETE", "/api/v1/macros/" + sharedMacro(), null),
                Set.of(204), peopleOnly(Scope.TICKETS_WRITE, true)));
        m.put("POST /api/v1/macros/{id}/render", op(p -> new Call("POST", "/api/v1/macros/" + sharedMacro()
                + "/render?ticketId=" + ticket, json()), scoped(Scope.TICKETS_READ, Customers.NONE)));
        // Routing rules (admins only)
        m.put("GET /api/v1/routing-rules", op(p -> get("/api/v1/routing-rules"), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("GET /api/v1/routing-rules/{id}", op(p -> get("/api/v1/routing-rules/" + routingRule()),
                scoped(Scope.ADMIN, Customers.NONE)));
        m.put("GET /api/v1/routing-rules/{id}/versions", op(p -> get("/api/v1/routing-rules/" + routingRule()
                + "/versions"), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("POST /api/v1/routing-rules", op(p -> new Call("POST", "/api/v1/routing-rules",
                routingRuleBody("Rule by " + p.name())), Set.of(201), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("PUT /api/v1/routing-rules/{id}", op(p -> new Call("PUT", "/api/v1/routing-rules/" + routingRule(),
                routingRuleBody("Changed by " + p.name())), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("DELETE /api/v1/routing-rules/{id}", op(p -> new Call("DELETE", "/api/v1/routing-rules/"
                + routingRule(), null), Set.of(204), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("PUT /api/v1/routing-rules/order", op(p -> {
            List<String> ids = new ArrayList<>();
            admin.get("/api/v1/routing-rules").json().get("items").forEach(r -> ids.add(r.get("id").asString()));
            return new Call("PUT", "/api/v1/routing-rules/order", json("ids", ids));
        }, scoped(Scope.ADMIN, Customers.NONE)));
        m.put("POST /api/v1/routing-rules/dry-run", op(p -> new Call("POST", "/api/v1/routing-rules/dry-run",
                json("limit", 5)), scoped(Scope.ADMIN, Customers.NONE)));
        // Triggers and automations (admins only; created disabled, so they never act on other tests' tickets)
        for (String kind : List.of("triggers", "automations")) {
            m.put("GET /api/v1/" + kind, op(p -> get("/api/v1/" + kind), scoped(Scope.ADMIN, Customers.NONE)));
            m.put("GET /api/v1/" + kind + "/{id}", op(p -> get("/api/v1/" + kind + "/" + disabledRule(kind)),
                    scoped(Scope.ADMIN, Customers.NONE)));
            m.put("POST /api/v1/" + kind, op(p -> new Call("POST", "/api/v1/" + kind, disabledRuleBody(p.name())),
                    Set.of(201), scoped(Scope.ADMIN, Customers.NONE)));
            m.put("PUT /api/v1/" + kind + "/{id}", op(p -> new Call("PUT", "/api/v1/" + kind + "/"
                    + disabledRule(kind), disabledRuleBody("Changed by " + p.name())),
                    scoped(Scope.ADMIN, Customers.NONE)));
            m.put("DELETE /api/v1/" + kind + "/{id}", op(p -> new Call("DELETE", "/api/v1/" + kind + "/"
                    + disabledRule(kind), null), Set.of(204), scoped(Scope.ADMIN, Customers.NONE)));
            m.put("PUT /api/v1/" + kind + "/order", op(p -> new Call("PUT", "/api/v1/" + kind + "/order",
                    json("ids", ruleIds(kind))), scoped(Scope.ADMIN, Customers.NONE)));
        }
        m.put("PUT /api/v1/tickets/{id}/presence", op(p -> new Call("PUT", "/api/v1/tickets/" + ticket + "/presence",
                json("state", "viewing")), Set.of(204), peopleOnly(Scope.TICKETS_READ, false)));
        m.put("DELETE /api/v1/tickets/{id}/presence", op(p -> new Call("DELETE",
                "/api/v1/tickets/" + ticket + "/presence", null), Set.of(204), peopleOnly(Scope.TICKETS_READ, false)));
        m.put("GET /api/v1/tickets/{id}/presence", op(p -> get("/api/v1/tickets/" + ticket + "/presence"),
                peopleOnly(Scope.TICKETS_READ, false)));
        m.put("GET /api/v1/stream/presence", op(p -> get("/api/v1/stream/presence?ticketId=" + ticket),
                peopleOnly(Scope.TICKETS_READ, false)));
        // Notifications: the signed-in agent's own (a random id is nobody's: 404 once past the rules; NotificationsTest
        // marks real ones read)
        m.put("GET /api/v1/notifications", op(p -> get("/api/v1/notifications"),
                peopleOnly(Scope.TICKETS_READ, false)));
        m.put("POST /api/v1/notifications/{id}/read", op(p -> new Call("POST", "/api/v1/notifications/"
                + UUID.randomUUID() + "/read", null), Set.of(404), peopleOnly(Scope.TICKETS_READ, false)));
        m.put("POST /api/v1/notifications/read-all", op(p -> new Call("POST", "/api/v1/notifications/read-all", null),
                Set.of(204), peopleOnly(Scope.TICKETS_READ, false)));
        // SLA policies (admins) and a ticket's SLA targets (staff)
        m.put("GET /api/v1/tickets/{id}/sla", op(p -> get("/api/v1/tickets/" + ticket + "/sla"),
                scoped(Scope.TICKETS_READ, Customers.NONE)));
        m.put("GET /api/v1/sla-policies", op(p -> get("/api/v1/sla-policies"), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("POST /api/v1/sla-policies", op(p -> new Call("POST", "/api/v1/sla-policies", slaPolicyBody()),
                Set.of(201), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("GET /api/v1/sla-policies/{id}", op(p -> get("/api/v1/sla-policies/" + slaPolicy()),
                scoped(Scope.ADMIN, Customers.NONE)));
        m.put("GET /api/v1/sla-policies/{id}/versions", op(p -> get("/api/v1/sla-policies/" + slaPolicy()
                + "/versions"), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("PUT /api/v1/sla-policies/{id}", op(p -> new Call("PUT", "/api/v1/sla-policies/" + slaPolicy(),
                slaPolicyBody()), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("PUT /api/v1/sla-policies/order", op(p -> new Call("PUT", "/api/v1/sla-policies/order",
                json("ids", List.of(slaPolicy()))), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("DELETE /api/v1/sla-policies/{id}", op(p -> new Call("DELETE", "/api/v1/sla-policies/" + slaPolicy(),
                null), Set.of(204), scoped(Scope.ADMIN, Customers.NONE)));
        // Customers
        m.put("GET /api/v1/customers", op(p -> get("/api/v1/customers"), scoped(Scope.USERS_READ, Customers.NONE)));
        m.put("GET /api/v1/customers/{id}", op(p -> get("/api/v1/customers/" + customerA),
                scoped(Scope.USERS_READ, Customers.NONE)));
        m.put("POST /api/v1/customers", op(p -> new Call("POST", "/api/v1/customers",
                        json("name", "New customer", "email", UUID.randomUUID() + "@example.com")),
                Set.of(201), scoped(Scope.USERS_WRITE, Customers.NONE)));
        m.put("POST /api/v1/customers/{id}/erasure", op(p -> new Call("POST",
                        "/api/v1/customers/" + customer("To erase", null) + "/erasure", json()),
                Set.of(200, 202, 204), scoped(Scope.ADMIN, Customers.NONE)));
        // Directory
        m.put("GET /api/v1/agents", op(p -> get("/api/v1/agents"), scoped(Scope.USERS_READ, Customers.NONE)));
        m.put("GET /api/v1/agents/{id}", op(p -> get("/api/v1/agents/" + agentId),
                scoped(Scope.USERS_READ, Customers.NONE)));
        m.put("POST /api/v1/agents", op(p -> new Call("POST", "/api/v1/agents",
                        json("name", "New agent", "email", UUID.randomUUID() + "@example.com")),
                Set.of(201), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("PATCH /api/v1/agents/{id}", op(p -> new Call("PATCH", "/api/v1/agents/" + id(admin.post("/api/v1/agents",
                        json("name", "Renamed agent", "email", UUID.randomUUID() + "@example.com"))),
                        json("name", "Renamed by " + p.name(), "active", false)),
                scoped(Scope.ADMIN, Customers.NONE)));
        m.put("PUT /api/v1/agents/{id}/status", op(p -> new Call("PUT", "/api/v1/agents/"
                        + (p.kind() == Kind.AGENT || p.kind() == Kind.ADMIN ? p.id() : agentId) + "/status",
                        json("status", "away")),
                p -> switch (p.kind()) {
                    case ANONYMOUS -> Expect.UNAUTHENTICATED;
                    case AGENT, ADMIN -> Expect.ALLOWED;
                    case KEY -> p.has(Scope.ADMIN) ? Expect.ALLOWED
                            : p.has(Scope.TICKETS_WRITE) ? Expect.FORBIDDEN : Expect.INSUFFICIENT_SCOPE;
                    case CUSTOMER, COLLEAGUE, OTHER_CUSTOMER -> Expect.FORBIDDEN;
                }));
        m.put("GET /api/v1/skills", op(p -> get("/api/v1/skills"), scoped(Scope.TICKETS_READ, Customers.NONE)));
        m.put("POST /api/v1/skills", op(p -> new Call("POST", "/api/v1/skills", json("key",
                        "s-" + UUID.randomUUID().toString().substring(0, 12), "label", "Skill")),
                Set.of(201), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("PATCH /api/v1/skills/{key}", op(p -> new Call("PATCH", "/api/v1/skills/" + skill(),
                json("label", "Matrix " + p.kind())), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("GET /api/v1/teams/{id}", op(p -> get("/api/v1/teams/"
                        + id(admin.post("/api/v1/teams", json("name", "Team " + UUID.randomUUID())))),
                scoped(Scope.TICKETS_READ, Customers.NONE)));
        m.put("GET /api/v1/organisations", op(p -> get("/api/v1/organisations"),
                scoped(Scope.USERS_READ, Customers.NONE)));
        m.put("POST /api/v1/organisations", op(p -> new Call("POST", "/api/v1/organisations",
                        json("name", "Org " + UUID.randomUUID())),
                Set.of(201), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("PATCH /api/v1/organisations/{id}", op(p -> new Call("PATCH", "/api/v1/organisations/"
                        + id(admin.post("/api/v1/organisations", json("name", "Org " + UUID.randomUUID()))),
                        json("name", "Renamed " + UUID.randomUUID())),
                scoped(Scope.ADMIN, Customers.NONE)));
        m.put("GET /api/v1/teams", op(p -> get("/api/v1/teams"), scoped(Scope.TICKETS_READ, Customers.NONE)));
        m.put("POST /api/v1/teams", op(p -> new Call("POST", "/api/v1/teams", json("name", "Team " + UUID.randomUUID())),
                Set.of(201), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("PATCH /api/v1/teams/{id}", op(p -> new Call("PATCH", "/api/v1/teams/"
                        + id(admin.post("/api/v1/teams", json("name", "Team " + UUID.randomUUID()))),
                        json("name", "Renamed " + UUID.randomUUID())),
                scoped(Scope.ADMIN, Customers.NONE)));
        // Calendars, agents' schedules and teams' coverage
        m.put("GET /api/v1/calendars", op(p -> get("/api/v1/calendars"), scoped(Scope.TICKETS_READ, Customers.NONE)));
        m.put("GET /api/v1/calendars/time-zones", op(p -> get("/api/v1/calendars/time-zones"),
                scoped(Scope.TICKETS_READ, Customers.NONE)));
        m.put("GET /api/v1/calendars/schedules", op(p -> get("/api/v1/calendars/schedules"),
                scoped(Scope.TICKETS_READ, Customers.NONE)));
        m.put("POST /api/v1/calendars", op(p -> new Call("POST", "/api/v1/calendars", calendarBody()),
                Set.of(201), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("GET /api/v1/calendars/{id}", op(p -> get("/api/v1/calendars/" + calendar()),
                scoped(Scope.TICKETS_READ, Customers.NONE)));
        m.put("PUT /api/v1/calendars/{id}", op(p -> new Call("PUT", "/api/v1/calendars/" + calendar(),
                calendarBody()), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("DELETE /api/v1/calendars/{id}", op(p -> new Call("DELETE", "/api/v1/calendars/" + calendar(), null),
                Set.of(204), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("GET /api/v1/calendars/{id}/preview", op(p -> get("/api/v1/calendars/" + calendar()
                + "/preview?from=2026-12-24T16:00:00Z&hours=8"), scoped(Scope.TICKETS_READ, Customers.NONE)));
        m.put("GET /api/v1/agents/{id}/schedule", op(p -> get("/api/v1/agents/" + agentId + "/schedule"),
                scoped(Scope.USERS_READ, Customers.NONE)));
        m.put("PUT /api/v1/agents/{id}/schedule", op(p -> new Call("PUT", "/api/v1/agents/" + agentId + "/schedule",
                json("timeZone", "Europe/London", "scheduleCalendarId", calendar())),
                scoped(Scope.ADMIN, Customers.NONE)));
        m.put("GET /api/v1/teams/{id}/coverage", op(p -> get("/api/v1/teams/"
                        + id(admin.post("/api/v1/teams", json("name", "Team " + UUID.randomUUID()))) + "/coverage"),
                scoped(Scope.TICKETS_READ, Customers.NONE)));
        m.put("PUT /api/v1/teams/{id}/coverage", op(p -> new Call("PUT", "/api/v1/teams/"
                        + id(admin.post("/api/v1/teams", json("name", "Team " + UUID.randomUUID()))) + "/coverage",
                json("coverageCalendarId", calendar())), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("GET /api/v1/statuses", op(p -> get("/api/v1/statuses"), scoped(Scope.TICKETS_READ, Customers.ALL)));
        m.put("POST /api/v1/statuses", op(p -> new Call("POST", "/api/v1/statuses", json("key",
                        "s-" + UUID.randomUUID().toString().substring(0, 12), "label", "New", "category", "pending")),
                Set.of(201), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("PATCH /api/v1/statuses/{key}", op(p -> new Call("PATCH", "/api/v1/statuses/" + status,
                json("label", "Matrix " + p.kind())), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("GET /api/v1/custom-fields", op(p -> get("/api/v1/custom-fields"),
                scoped(Scope.TICKETS_READ, Customers.ALL)));
        m.put("POST /api/v1/custom-fields", op(p -> new Call("POST", "/api/v1/custom-fields", json("key",
                        "f_" + UUID.randomUUID().toString().substring(0, 12).replace('-', '_'), "label", "New",
                        "type", "text")),
                Set.of(201), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("PATCH /api/v1/custom-fields/{key}", op(p -> new Call("PATCH", "/api/v1/custom-fields/" + field,
                json("label", "Matrix " + p.kind())), scoped(Scope.ADMIN, Customers.NONE)));
        // Identity
        m.put("GET /api/v1/me", op(p -> get("/api/v1/me"), p -> p.kind() == Kind.ANONYMOUS
                ? Expect.UNAUTHENTICATED : Expect.ALLOWED));
        m.put("POST /api/v1/me/password", new Operation(p -> new Call("POST", "/api/v1/me/password",
                json("currentPassword", "not-the-password-1234", "newPassword", "another-password-5678")),
                Set.of(400), p -> p.kind() == Kind.ANONYMOUS ? Expect.UNAUTHENTICATED
                : p.isPerson() ? Expect.ALLOWED : Expect.FORBIDDEN));
        m.put("GET /api/v1/users", op(p -> get("/api/v1/users"), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("GET /api/v1/users/{id}", op(p -> get("/api/v1/users/" + agentId),
                scoped(Scope.ADMIN, Customers.NONE)));
        m.put("POST /api/v1/users", op(p -> new Call("POST", "/api/v1/users", json("id", customer("Gets a login", null),
                        "role", "customer", "password", PASSWORD)),
                Set.of(201), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("PATCH /api/v1/users/{id}", op(p -> new Call("PATCH", "/api/v1/users/" + login(customer("Disabled", null),
                        "customer"), json("enabled", false)),
                scoped(Scope.ADMIN, Customers.NONE)));
        m.put("GET /api/v1/api-keys", op(p -> get("/api/v1/api-keys"), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("POST /api/v1/api-keys", op(p -> new Call("POST", "/api/v1/api-keys",
                        json("name", "Made by " + p.name(), "scopes", List.of("tickets:read"))),
                Set.of(201), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("GET /api/v1/api-keys/{id}", op(p -> get("/api/v1/api-keys/" + throwawayKey()),
                scoped(Scope.ADMIN, Customers.NONE)));
        m.put("DELETE /api/v1/api-keys/{id}", op(p -> new Call("DELETE", "/api/v1/api-keys/" + throwawayKey(), null),
                Set.of(204), scoped(Scope.ADMIN, Customers.NONE)));
        for (String path : List.of("/api/v1/auth/signup", "/api/v1/auth/signup/confirm", "/api/v1/auth/password-reset",
                "/api/v1/auth/password-reset/confirm")) {
            m.put("POST " + path, op(p -> new Call("POST", path, body(path)), p -> Expect.PUBLIC));
        }
        // Administration
        m.put("GET /api/v1/admin/settings", op(p -> get("/api/v1/admin/settings"), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("PATCH /api/v1/admin/settings", op(p -> new Call("PATCH", "/api/v1/admin/settings",
                json("customerSignup", false)), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("GET /api/v1/admin/read-models", op(p -> get("/api/v1/admin/read-models"),
                scoped(Scope.ADMIN, Customers.NONE)));
        m.put("GET /api/v1/admin/process-managers", op(p -> get("/api/v1/admin/process-managers"),
                scoped(Scope.ADMIN, Customers.NONE)));
        m.put("GET /api/v1/admin/read-models/dead-letters", op(p -> get("/api/v1/admin/read-models/dead-letters"),
                scoped(Scope.ADMIN, Customers.NONE)));
        m.put("POST /api/v1/admin/read-models/dead-letters/retry", op(p -> new Call("POST",
                "/api/v1/admin/read-models/dead-letters/retry", json()), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("POST /api/v1/admin/read-models/rebuild", new Operation(p -> new Call("POST",
                "/api/v1/admin/read-models/rebuild", json()), Set.of(202), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("GET /api/v1/audit-log", op(p -> get("/api/v1/audit-log?kind=directory.team&limit=5"),
                scoped(Scope.ADMIN, Customers.NONE)));
        m.put("GET /api/v1/audit-log/kinds", op(p -> get("/api/v1/audit-log/kinds"),
                scoped(Scope.ADMIN, Customers.NONE)));
        // The e-mail channel: the inbound webhook (keys with mail:inbound; the same mail each time, taken in once),
        // a ticket's mail for staff, the mail log for admins
        m.put("POST /api/v1/mail/inbound", op(p -> new Call("POST", "/api/v1/mail/inbound", new RawBody(
                "message/rfc822", "From: matrix@example.com\r\nTo: support@autocrm.localhost\r\nSubject: Matrix\r\n"
                        + "Message-ID: <matrix-webhook@example.com>\r\n\r\nHello\r\n")),
                scoped(Scope.MAIL_INBOUND, Customers.NONE)));
        m.put("GET /api/v1/tickets/{id}/mail", op(p -> get("/api/v1/tickets/" + mailTicket + "/mail"),
                scoped(Scope.TICKETS_READ, Customers.NONE)));
        m.put("GET /api/v1/tickets/{id}/mail/{mailId}/original", op(p -> get("/api/v1/tickets/" + mailTicket
                + "/mail/" + mailId + "/original"), scoped(Scope.TICKETS_READ, Customers.NONE)));
        m.put("GET /api/v1/admin/mail/outbox", op(p -> get("/api/v1/admin/mail/outbox"),
                scoped(Scope.ADMIN, Customers.NONE)));
        // Passes the door and finds no such mail: retrying is judged on mail that exists (MailChannelTest).
        m.put("POST /api/v1/admin/mail/outbox/{id}/retry", op(p -> new Call("POST", "/api/v1/admin/mail/outbox/"
                + UUID.randomUUID() + "/retry", json()), Set.of(404), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("GET /api/v1/admin/mail/inbound", op(p -> get("/api/v1/admin/mail/inbound"),
                scoped(Scope.ADMIN, Customers.NONE)));
        m.put("GET /api/v1/admin/mail/inbound/{id}/original", op(p -> get("/api/v1/admin/mail/inbound/" + mailId
                + "/original"), scoped(Scope.ADMIN, Customers.NONE)));
        m.put("GET /api/v1/admin/mail/status", op(p -> get("/api/v1/admin/mail/status"),
                scoped(Scope.ADMIN, Customers.NONE)));
        // Attachments: uploads by whoever may write messages; a file of a message for whoever may read it (a
        // redirect to a signed link); the signed link itself for anyone who holds it
        m.put("POST /api/v1/uploads", op(p -> new Call("POST", "/api/v1/uploads", upload("from-" + p.kind() + ".txt",
                "Uploaded by " + p.name())), Set.of(201), scoped(Scope.TICKETS_WRITE, Customers.ALL)));
        m.put("GET /api/v1/tickets/{id}/attachments/{attachmentId}", op(p -> get("/api/v1/tickets/" + ticket
                + "/attachments/" + attachmentId), Set.of(303), scoped(Scope.TICKETS_READ, Customers.OWN_TICKET)));
        m.put("GET /api/v1/files/{id}/{name}", op(p -> get(fileUrl), p -> Expect.PUBLIC));
        return m;
    }

    /** The rule of an endpoint guarded by {@code scope}: people by role, keys by scope, customers as told. */
    private static Function<Principal, Expect> scoped(Scope scope, Customers customers) {
        return p -> switch (p.kind()) {
            case ANONYMOUS -> Expect.UNAUTHENTICATED;
            case ADMIN -> Expect.ALLOWED;
            case AGENT -> scope == Scope.ADMIN ? Expect.FORBIDDEN : Expect.ALLOWED;
            case KEY -> p.has(scope) ? Expect.ALLOWED : Expect.INSUFFICIENT_SCOPE;
            case CUSTOMER, COLLEAGUE, OTHER_CUSTOMER -> switch (customers) {
                case NONE -> Expect.FORBIDDEN;
                case ALL -> Expect.ALLOWED;
                case OWN_TICKET -> p.kind() == Kind.OTHER_CUSTOMER ? Expect.HIDDEN : Expect.ALLOWED;
                case STAFF_ONLY_ON_TICKET -> p.kind() == Kind.OTHER_CUSTOMER ? Expect.HIDDEN
                        : Expect.CUSTOMER_FORBIDDEN;
            };
        };
    }

    /**
     * The rule of an endpoint for agents and admins as people ({@code adminOnly}: admins alone): keys pass the URL
     * rule with {@code scope} and are then refused (no scope would help), customers are refused by it.
     */
    private static Function<Principal, Expect> peopleOnly(Scope scope, boolean adminOnly) {
        return p -> switch (p.kind()) {
            case ANONYMOUS -> Expect.UNAUTHENTICATED;
            case ADMIN -> Expect.ALLOWED;
            case AGENT -> adminOnly ? Expect.FORBIDDEN : Expect.ALLOWED;
            case KEY -> p.has(scope) ? Expect.FORBIDDEN : Expect.INSUFFICIENT_SCOPE;
            case CUSTOMER, COLLEAGUE, OTHER_CUSTOMER -> Expect.FORBIDDEN;
        };
    }

    private static Operation op(Function<Principal, Call> call, Function<Principal, Expect> rule) {
        return new Operation(call, Set.of(200), rule);
    }

    private static Operation op(Function<Principal, Call> call, Set<Integer> allowed, Function<Principal, Expect> rule) {
        return new Operation(call, allowed, rule);
    }

    /** A new calendar, made by an admin. */
    private String calendar() {
        return id(admin.post("/api/v1/calendars", calendarBody()));
    }

    private static Map<String, Object> calendarBody() {
        return json("name", "Calendar " + UUID.randomUUID(), "timeZone", "Europe/London",
                "weeklyHours", json("monday", List.of("09:00-17:00")),
                "holidays", List.of(json("date", "2026-12-25", "name", "Christmas Day")));
    }

    /** An inactive SLA policy (it measures no ticket of the other tests), made by an admin. */
    private String slaPolicy() {
        return id(adminPerson.post("/api/v1/sla-policies", slaPolicyBody()));
    }

    private static Object slaPolicyBody() {
        return json("name", "Matrix SLA " + UUID.randomUUID(), "active", false, "targets", List.of(json("priority",
                "urgent", "metric", "first-reply-time", "minutes", 60)));
    }

    /** A new shared macro, made by an admin. */
    private String sharedMacro() {
        return id(adminPerson.post("/api/v1/macros", json("name", "Shared " + UUID.randomUUID(), "shared", true,
                "actions", json("addTags", List.of("matrix")))));
    }

    /** A new routing rule, made by an admin; it matches no ticket of any test. */
    private String routingRule() {
        return id(admin.post("/api/v1/routing-rules", routingRuleBody("Matrix rule")));
    }

    private static Map<String, Object> routingRuleBody(String name) {
        return json("name", name, "enabled", true, "conditions", json("all", List.of(json("field", "subject",
                "operator", "contains", "values", List.of("never-" + UUID.randomUUID())))),
                "actions", json("priority", "low"));
    }

    /** A new disabled trigger or automation, made by an admin. */
    private String disabledRule(String kind) {
        return id(admin.post("/api/v1/" + kind, disabledRuleBody("Matrix " + UUID.randomUUID())));
    }

    /** A disabled rule, valid as a trigger and as an automation. */
    private static Map<String, Object> disabledRuleBody(String name) {
        return json("name", name, "enabled", false, "conditions", json("all", List.of(json("field",
                "hours-since-created", "operator", "greater-than", "values", List.of("8000")))), "actions",
                List.of(json("type", "add-tags", "values", List.of("matrix"))));
    }

    /** Every rule of a kind, in their order. */
    private List<String> ruleIds(String kind) {
        List<String> ids = new ArrayList<>();
        admin.get("/api/v1/" + kind).json().get("items").forEach(rule -> ids.add(rule.get("id").asString()));
        return ids;
    }

    /** A new skill, made by the bootstrap key. */
    private String skill() {
        String key = "k-" + UUID.randomUUID().toString().substring(0, 12);
        assertThat(admin.post("/api/v1/skills", json("key", key, "label", "Skill")).status()).isEqualTo(201);
        return key;
    }

    /** A new shared view, made by an admin. */
    private String sharedView() {
        return id(adminPerson.post("/api/v1/views", json("name", "Shared " + UUID.randomUUID(), "shared", true,
                "columns", List.of("number", "subject"))));
    }

    private static Call get(String path) {
        return new Call("GET", path, null);
    }

    private static Object body(String path) {
        return switch (path) {
            case "/api/v1/auth/signup" -> json("name", "Signer", "email", "signer@example.com",
                    "password", "a-long-enough-password-42");
            case "/api/v1/auth/password-reset" -> json("email", "nobody-" + UUID.randomUUID() + "@example.com");
            default -> json("token", "not-a-real-token", "password", "a-long-enough-password-42");
        };
    }

    private Api.Response send(Api api, Call call) {
        if (call.path().startsWith("/api/v1/stream/")) {
            return openStream(api, call.path());
        }
        if (call.path().startsWith("/api/v1/auth/")) {
            // All principals call from one address; the per-address throttle has its own test (SignupAndResetTest).
            jdbc.sql("DELETE FROM identity.form_address_throttle").update();
        }
        return switch (call.method()) {
            case "GET" -> api.get(call.path());
            case "POST" -> call.body() instanceof RawBody raw ? api.postRaw(call.path(), raw.content(), raw.contentType())
                    : api.post(call.path(), call.body());
            case "PATCH" -> api.patch(call.path(), call.body());
            case "PUT" -> api.send(api.request(call.path()).PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                    Api.JSON.writeValueAsString(call.body()))).header("Content-Type", "application/json"));
            case "DELETE" -> api.send(api.request(call.path()).DELETE());
            default -> throw new IllegalArgumentException(call.method());
        };
    }

    /** A stream never ends: its status says whether it was opened; a refusal's body is read whole. */
    private static Api.Response openStream(Api api, String path) {
        try {
            var response = api.http().send(api.request(path, "Accept", "text/event-stream")
                    .timeout(Duration.ofSeconds(10)).GET().build(), BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                String text = response.statusCode() == 200 ? ""
                        : new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                return new Api.Response(response.statusCode(), response.headers().map(), text);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every operation of the OpenAPI document, as "METHOD /path". */
    private Set<String> documentedOperations() {
        JsonNode paths = admin.anonymous().get("/v3/api-docs").json().get("paths");
        Set<String> operations = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                operations.add(method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
            }
        }
        return operations;
    }

    /** A digest of every row of the event store, personal data, directory and identity tables. */
    private String fingerprint() {
        List<String> tables = jdbc.sql("""
                SELECT table_schema || '.' || table_name FROM information_schema.tables
                WHERE (table_schema IN ('events', 'pii', 'directory', 'identity', 'workspace')
                       OR (table_schema = 'mail' AND table_name = 'inbound'))
                  AND table_type = 'BASE TABLE'
                  AND table_name NOT IN ('snapshot_event_entry', 'api_key', 'login_attempt')
                  AND table_name NOT LIKE '%\\_throttle'
                ORDER BY 1""").query(String.class).list();
        StringBuilder digest = new StringBuilder();
        for (String table : tables) {
            digest.append(table).append('=').append(jdbc.sql("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, "
                    + "'|' ORDER BY t::text)), '') FROM " + table + " t").query(String.class).single()).append(';');
        }
        return digest.toString();
    }

    private void awaitReadModels() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(rebuild.progress()).isNotEmpty().allMatch(ProcessorProgress::upToDate));
    }

    private Principal person(String name, Kind kind, String token, String id) {
        return new Principal(name, kind, Set.of(), admin.as(token), id);
    }

    private Principal key(String name, Set<Scope> scopes) {
        Api.Response issued = admin.post("/api/v1/api-keys", json("name", name, "scopes",
                scopes.stream().map(Scope::key).toList(), "rateLimitPerMinute", 10000));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return new Principal(name, Kind.KEY, scopes, admin.as(issued.json().get("key").asString()), null);
    }

    private String throwawayKey() {
        return admin.post("/api/v1/api-keys", json("name", "Throwaway", "scopes", List.of("tickets:read")))
                .json().get("apiKey").get("id").asString();
    }

    private String customer(String name, String organisation) {
        Object body = organisation == null
                ? json("name", name, "email", UUID.randomUUID() + "@example.com")
                : json("name", name, "email", UUID.randomUUID() + "@example.com", "organisationId", organisation);
        return id(admin.post("/api/v1/customers", body));
    }

    private String agent(String name) {
        return id(admin.post("/api/v1/agents", json("name", name, "email", UUID.randomUUID() + "@example.com")));
    }

    private String login(String id, String role) {
        Api.Response created = admin.post("/api/v1/users", json("id", id, "role", role, "password", PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return id;
    }

    private static String id(Api.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response.json().get("id").asString();
    }

    private static String problemCode(Api.Response response) {
        try {
            JsonNode code = response.json().get("code");
            return code == null ? null : code.asString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
