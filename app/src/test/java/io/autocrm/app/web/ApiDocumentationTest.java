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
}
