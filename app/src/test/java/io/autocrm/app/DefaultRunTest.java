package io.autocrm.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.autocrm.app.support.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's run command on a fresh machine: no database configured, so AutoCRM starts an embedded PostgreSQL in
 * its data folder, seeds the demo once, is healthy, and finds the same data after a restart.
 */
class DefaultRunTest {

    @TempDir
    Path dataDir;

    @Test
    void startsWithAnEmbeddedDatabaseAndDemoDataThatSurviveARestart() {
        long tickets;
        try (ConfigurableApplicationContext app = start()) {
            Api api = new Api(port(app));
            assertThat(api.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
            tickets = awaitDemoTickets(api);
            assertThat(tickets).isGreaterThanOrEqualTo(30);
            assertThat(api.get("/").status()).isEqualTo(200);
            assertThat(api.get("/v3/api-docs").json().get("paths").has("/api/v1/tickets")).isTrue();
        }
        assertThat(Files.exists(dataDir.resolve("postgres/PG_VERSION"))).isTrue();

        try (ConfigurableApplicationContext app = start()) {
            Api api = new Api(port(app));
            assertThat(api.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
            assertThat(awaitDemoTickets(api)).as("kept, and not seeded twice").isEqualTo(tickets);
        }
    }

    private ConfigurableApplicationContext start() {
        return SpringApplication.run(AutoCrmApplication.class,
                "--server.port=0", "--autocrm.data-dir=" + dataDir, "--autocrm.demo.enabled=true");
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static long awaitDemoTickets(Api api) {
        long[] count = new long[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            Api.Response page = api.get("/api/v1/tickets?limit=100");
            long n = page.status() == 200 ? page.json().get("items").size() : 0;
            boolean stable = n > 0 && n == count[0];
            count[0] = n;
            return stable;
        });
        return count[0];
    }
}
