package io.autocrm.app.apikey;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.app.AutoCrmApplication;
import io.autocrm.app.support.Api;
import io.autocrm.testsupport.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Two nodes on one database: an API key's limit is one allowance for the cluster, not one per node. */
class ApiKeyLimitAcrossNodesTest {

    @Test
    void aKeyLimitedToFiveAMinuteGetsFiveInTotalFromTwoNodes() {
        String database = TestPostgres.freshDatabase();
        try (ConfigurableApplicationContext first = start(database);
             ConfigurableApplicationContext second = start(database)) {
            List<Api> nodes = List.of(new Api(port(first)), new Api(port(second)));
            nodes.forEach(node -> assertThat(node.get("/api/v1/me").status()).as("warm").isEqualTo(200));
            String key = nodes.getFirst().post("/api/v1/api-keys", json("name", "Shared", "scopes",
                    List.of("tickets:read"), "rateLimitPerMinute", 5)).json().get("key").asString();

            List<Api.Response> responses = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                responses.add(nodes.get(i % 2).as(key).get("/api/v1/tickets"));
            }

            assertThat(responses).extracting(Api.Response::status)
                    .containsExactly(200, 200, 200, 200, 200, 429, 429, 429, 429, 429);
            assertThat(responses).extracting(response -> response.header("RateLimit-Remaining"))
                    .containsExactly("4", "3", "2", "1", "0", "0", "0", "0", "0", "0");
            assertThat(responses.get(5).json().get("code").asString()).isEqualTo("rate-limited");
        }
    }

    private static ConfigurableApplicationContext start(String database) {
        return SpringApplication.run(AutoCrmApplication.class, "--server.port=0",
                "--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
                "--autocrm.demo.enabled=false", "--autocrm.security.bootstrap-api-key=" + Api.BOOTSTRAP_KEY);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
