package io.autocrm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** The app's REST API over java.net.http, always with the bootstrap API key as bearer token. */
final class Api {

    /** The admin key the app creates at start from AUTOCRM_BOOTSTRAP_API_KEY. */
    static final String KEY = "acrm_benchmark_bootstrap_key_0123456789abcdefghij";
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String base;

    Api(int port) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.base = "http://127.0.0.1:" + port;
    }

    HttpClient client() {
        return http;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + KEY);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path, String json, String ifMatch)
            throws IOException, InterruptedException {
        return http.send(build(method, path, json, ifMatch), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs raw bytes with their own media type (a mail to the inbound webhook). */
    HttpResponse<String> sendRaw(String path, byte[] body, String contentType)
            throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> sendAsync(String method, String path, String json) {
        return http.sendAsync(build(method, path, json, null), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest build(String method, String path, String json, String ifMatch) {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            b.header("If-Match", "\"" + ifMatch + "\"");
        }
        return b.build();
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** The body of a 2xx answer as JSON; anything else is an error naming status and body. */
    static JsonNode ok(HttpResponse<String> response) throws IOException {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " -> "
                    + response.statusCode() + " " + response.body());
        }
        return json(response);
    }
}
