package io.autocrm.app.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.autocrm.app.AutoCrmApplication;
import io.autocrm.app.support.Api;
import io.autocrm.testsupport.TestPostgres;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node that shuts down ends its live streams cleanly, as the first thing it does: clients see the stream end (and
 * connect again) rather than having it cut off once graceful shutdown gives up waiting for it.
 */
class StreamShutdownTest {

    private static final Logger log = LoggerFactory.getLogger(StreamShutdownTest.class);

    @Test
    void endsLiveStreamsCleanlyWhenTheNodeShutsDown() throws Exception {
        ConfigurableApplicationContext node = SpringApplication.run(AutoCrmApplication.class, "--server.port=0",
                "--spring.datasource.url=" + TestPostgres.freshDatabase(), "--spring.datasource.username=postgres",
                "--autocrm.demo.enabled=false", "--autocrm.security.bootstrap-api-key=" + Api.BOOTSTRAP_KEY);
        Api api = new Api(((WebServerApplicationContext) node).getWebServer().getPort());
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> response = api.http().send(
                api.request("/api/v1/stream/tickets", "Accept", "text/event-stream").GET().build(), BodyHandlers.ofLines());
        CompletableFuture<String> ending = CompletableFuture.supplyAsync(() -> {
            try {
                response.body().forEach(lines::add);
                return "ended";
            } catch (java.io.UncheckedIOException e) {
                return "cut off: " + e.getMessage();
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event:snapshot"));

        long start = System.nanoTime();
        node.close();
        log.info("Node with an open live stream shut down in {} ms", Duration.ofNanos(System.nanoTime() - start).toMillis());

        assertThat(ending.get(10, TimeUnit.SECONDS)).isEqualTo("ended");
    }
}
