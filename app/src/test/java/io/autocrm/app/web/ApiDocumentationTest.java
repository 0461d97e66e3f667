package io.autocrm.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document tells integrators (and generated clients) the filters and the error shape. */
@AppTest
class ApiDocumentationTest {

    @LocalServerPort
    int port;

    @Test
    void documentsQueueFiltersAndProblemResponses() {
        JsonNode doc = new Api(port).get("/v3/api-docs").json();
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

    /** Generated clients get exact types: every operation summarised, the closed vocabularies as enums. */
    @Test
    void summarisesEveryOperationAndNamesTheVocabulariesAsEnums() {
        JsonNode doc = new Api(port).get("/v3/api-docs").json();
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
