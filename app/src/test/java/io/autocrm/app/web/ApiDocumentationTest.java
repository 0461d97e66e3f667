package io.autocrm.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document tells integrators (and generated clients) the filters and the error shape, and it is
 * committed as {@code docs/openapi.json}, so that every change of the API shows in review: the running app publishes
 * exactly that document. After a deliberate change, rewrite it with {@code ./autocrm openapi} (this test with
 * {@code -Dopenapi.write=true}).
 */
@AppTest
class ApiDocumentationTest {

    static final Path COMMITTED = Path.of("..", "docs", "openapi.json");
    static final String REWRITE = "./autocrm openapi";
    /** Pretty-printed with sorted keys, two-space indents and {@code "key": value}, so diffs stay small. */
    static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .defaultPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .build();

    @LocalServerPort
    int port;

    @Test
    void documentsQueueFiltersAndProblemResponses() {
        JsonNode doc = published();
        assertThat(doc.get("info").get("title").asString()).isEqualTo("AutoCRM API");

        List<String> queueParameters = new ArrayList<>();
        doc.get("paths").get("/api/v1/tickets").get("get").get("parameters")
                .forEach(p -> queueParameters.add(p.get("name").asString()));
        assertThat(queueParameters).contains("status", "category", "assigneeId", "tag", "cf.{fieldKey}", "q", "sort",
                "cursor", "limit").doesNotContain("params");

        JsonNode patch = doc.get("paths").get("/api/v1/tickets/{id}").get("patch");
        assertThat(patch.get("responses").get("409").get("content").get("application/problem+json").get("schema")
                .get("$ref").asString()).isEqualTo("#/components/schemas/Problem");
        assertThat(doc.get("components").get("schemas").get("Problem").get("properties").has("code")).isTrue();
    }

    @Test
    void listsTheErrorCodesOfEachStatusFromTheOneListOfCodes() {
        JsonNode doc = published();
        JsonNode responses = doc.get("paths").get("/api/v1/tickets/{id}").get("patch").get("responses");
        assertThat(responses.get("422").get("description").asString())
                .contains("`unknown-status`", "`agent-not-found`", "`unknown-customer`", "`ticket-not-solved`");
        assertThat(responses.get("404").get("description").asString())
                .contains("`ticket-not-found`", "`customer-not-found`").doesNotContain("`agent-not-found`");
        List<String> codes = new ArrayList<>();
        doc.get("components").get("schemas").get("Problem").get("properties").get("code").get("enum")
                .forEach(code -> codes.add(code.asString()));
        assertThat(codes).hasSize(io.autocrm.events.common.ErrorCode.values().length)
                .contains("version-conflict", "read-model-behind", "rate-limited");
    }

    @Test
    void publishesExactlyTheCommittedDocument() throws IOException {
        String published = canonical(published());
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(COMMITTED, published, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "{}\n";
        if (!CANONICAL.readTree(committed).equals(CANONICAL.readTree(published))) {
            fail("The running app publishes another OpenAPI document than docs/openapi.json. If the API changed on "
                    + "purpose, run `" + REWRITE + "` and commit the file.\n" + unifiedDiff(canonical(
                    CANONICAL.readTree(committed)), published));
        }
    }

    private JsonNode published() {
        return new Api(port).get("/v3/api-docs").json();
    }

    /** The document as committed: sorted keys at every level, pretty-printed, ending with a newline. */
    static String canonical(JsonNode document) {
        return CANONICAL.writeValueAsString(CANONICAL.treeToValue(document, Object.class)) + "\n";
    }

    private static String unifiedDiff(String committed, String published) {
        List<String> before = committed.lines().toList();
        List<String> after = published.lines().toList();
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("docs/openapi.json", "published",
                before, DiffUtils.diff(before, after), 3));
    }

    /** Generated clients get exact types: every operation summarised, the closed vocabularies as enums. */
    @Test
    void summarisesEveryOperationAndNamesTheVocabulariesAsEnums() {
        JsonNode doc = published();
        List<String> unsummarised = new ArrayList<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode summary = operation.getValue().get("summary");
            if (summary == null || summary.asString().isBlank()) {
                unsummarised.add(operation.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        assertThat(unsummarised).isEmpty();

        JsonNode schemas = doc.get("components").get("schemas");
        assertThat(enumOf(schemas.get("AddMessageRequest").get("properties").get("kind")))
                .containsExactly("public-reply", "customer-message", "internal-note");
        assertThat(enumOf(schemas.get("AddMessageRequest").get("properties").get("format"))).containsExactly("text", "html");
        assertThat(enumOf(schemas.get("MessageView").get("properties").get("kind")))
                .containsExactly("description", "customer-message", "public-reply", "internal-note");
        assertThat(enumOf(schemas.get("QueueItem").get("properties").get("priority")))
                .containsExactly("low", "normal", "high", "urgent");
        assertThat(enumOf(schemas.get("QueueItem").get("properties").get("type")))
                .containsExactly("question", "incident", "problem", "task");
        assertThat(enumOf(schemas.get("QueueItem").get("properties").get("channel")))
                .containsExactly("web", "email", "api", "chat", "widget", "system");
        assertThat(enumOf(schemas.get("StatusRef").get("properties").get("category")))
                .containsExactly("new", "open", "pending", "on-hold", "solved", "closed");
        assertThat(enumOf(schemas.get("Result").get("properties").get("outcome")))
                .containsExactly("applied", "conflict", "refused");
    }

    private static List<String> enumOf(JsonNode property) {
        List<String> values = new ArrayList<>();
        property.get("enum").forEach(v -> values.add(v.asString()));
        return values;
    }
}
