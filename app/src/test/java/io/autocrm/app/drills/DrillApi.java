package io.autocrm.app.drills;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The drills' HTTP client: every request carries {@code Authorization: Bearer <key>}. {@link #tryGet} and
 * {@link #trySend} answer null when the connection itself fails (the process is gone), so a load can count that apart
 * from HTTP answers.
 */
final class DrillApi {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String apiKey;

    DrillApi(int port, String apiKey) {
        this.base = "http://localhost:" + port;
        this.apiKey = apiKey;
    }

    Reply get(String path) {
        return require(tryGet(path), "GET " + path);
    }

    Reply post(String path, Object body, String... headers) {
        return require(trySend("POST", path, body, headers), "POST " + path);
    }

    /** POSTs a creation that must succeed; answers the new resource's id. */
    String created(String path, Object body, String... headers) {
        Reply reply = post(path, body, headers);
        if (reply.status() != 201 && reply.status() != 200) {
            throw new IllegalStateException("POST " + path + " answered " + reply);
        }
        return reply.json().get("id").asString();
    }

    Reply patch(String path, Object body, String... headers) {
        return require(trySend("PATCH", path, body, headers), "PATCH " + path);
    }

    /** Opens a Server-Sent Events stream; its lines go to {@code lines} until the stream or the process ends. */
    java.io.Closeable stream(String path, java.util.function.Consumer<String> lines) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + apiKey).header("Accept", "text/event-stream").GET().build();
        try {
            var response = http.send(request, BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                throw new IOException("GET " + path + " answered " + response.statusCode());
            }
            Thread.ofVirtual().name("drill-stream").start(() -> {
                try {
                    response.body().forEach(lines);
                } catch (java.io.UncheckedIOException ended) {
                    // closed by the drill, or the process went away
                }
            });
            return () -> response.body().close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    Reply tryGet(String path) {
        return trySend("GET", path, null);
    }

    /** Sends a request; null when no HTTP answer came (connection refused or reset, timeout). */
    Reply trySend(String method, String path, Object body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + apiKey);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (body == null) {
            request.method(method, BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        try {
            var response = http.send(request.build(), BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Reply require(Reply reply, String what) {
        if (reply == null) {
            throw new IllegalStateException(what + ": no HTTP answer");
        }
        return reply;
    }

    /** A JSON object from alternating keys and values. */
    static Map<String, Object> json(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    /** An HTTP answer: status, content type and body. */
    record Reply(int status, String contentType, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The problem detail's {@code code}, or null when the body is not a problem detail. */
        String code() {
            try {
                JsonNode code = json().get("code");
                return code == null ? null : code.asString();
            } catch (RuntimeException e) {
                return null;
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
