package io.autocrm.app.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.autocrm.app.AutoCrmApplication;
import io.autocrm.app.support.Api;
import io.autocrm.testsupport.TestPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
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
 * connect again) rather than having it cut off once graceful shutdown gives up waiting for it. A stream whose client
 * went away unnoticed does not hold the stop either.
 */
class StreamShutdownTest {

    private static final Logger log = LoggerFactory.getLogger(StreamShutdownTest.class);
    /** With a 1 s heartbeat, the writes that find a vanished client gone. */
    private static final Duration HEARTBEATS_TO_NOTICE = Duration.ofSeconds(3);

    @Test
    void endsLiveStreamsCleanlyWhenTheNodeShutsDown() throws Exception {
        ConfigurableApplicationContext node = start();
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

    /**
     * A drill: a client opens a live stream and vanishes (its connection closed before any heartbeat could notice).
     * The node's stop ends well within the graceful shutdown's 10 s cap: a functional bound, not a benchmark.
     */
    @Test
    void stopsPromptlyAfterAStreamClientWentAway() throws Exception {
        ConfigurableApplicationContext node = start("--autocrm.stream.heartbeat=1s");
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        try (Socket client = new Socket("localhost", port)) {
            OutputStream out = client.getOutputStream();
            out.write(("GET /api/v1/stream/tickets HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                    + "Authorization: Bearer " + Api.BOOTSTRAP_KEY + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = in.readLine();
            } while (line != null && !line.equals("event:snapshot"));
            assertThat(line).isEqualTo("event:snapshot");
        }
        Thread.sleep(HEARTBEATS_TO_NOTICE.toMillis()); // the next heartbeats find the client gone


        long start = System.nanoTime();
        node.close();
        Duration stop = Duration.ofNanos(System.nanoTime() - start);
        log.info("Node whose stream client went away shut down in {} ms", stop.toMillis());

        assertThat(node.isActive()).isFalse();
        assertThat(stop).isLessThan(Duration.ofSeconds(5));
    }

    private static ConfigurableApplicationContext start(String... settings) {
        List<String> args = new java.util.ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + TestPostgres.freshDatabase(), "--spring.datasource.username=postgres",
                "--autocrm.demo.enabled=false", "--autocrm.security.bootstrap-api-key=" + Api.BOOTSTRAP_KEY));
        args.addAll(List.of(settings));
        return SpringApplication.run(AutoCrmApplication.class, args.toArray(String[]::new));
    }
}
