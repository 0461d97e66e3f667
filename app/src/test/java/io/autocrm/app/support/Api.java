package io.autocrm.app.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for AutoCRM's REST API, as an integrator would use it. By default every request carries the
 * test suite's bootstrap API key (an admin key, see {@link AppTest}); {@link #as} acts with another bearer token
 * (a user's JWT, another key) and {@link #anonymous} with none. A request that names its own Authorization header keeps
 * it.
 */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    /** The bootstrap API key of the application under test ({@code autocrm.security.bootstrap-api-key}). */
    public static final String BOOTSTRAP_KEY = "acrm_AppTests_bootstrap-key-of-the-app-test-suite-0123456789";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final String base;
    private final String bearer;

    public Api(int port) {
        this(port, BOOTSTRAP_KEY);
    }

    private Api(int port, String bearer) {
        this.port = port;
        this.base = "http://localhost:" + port;
        this.bearer = bearer;
    }

    /** The same server, called with {@code bearerToken} (a JWT or an API key). */
    public Api as(String bearerToken) {
        return new Api(port, bearerToken);
    }

    /** The same server, called without credentials. */
    public Api anonymous() {
        return new Api(port, null);
    }

    public String base() {
        return base;
    }

    public Response get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public Response post(String path, Object body, String... headers) {
        return send(request(path, headers).POST(publisher(body)).header("Content-Type", "application/json"));
    }

    public Response patch(String path, Object body, String... headers) {
        return send(request(path, headers).method("PATCH", publisher(body)).header("Content-Type", "application/json"));
    }

    /** Sends a raw body exactly as given. */
    public Response postRaw(String path, String body, String contentType) {
        return send(request(path).POST(BodyPublishers.ofString(body)).header("Content-Type", contentType));
    }

    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        boolean ownAuthorization = false;
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
            ownAuthorization |= headers[i].equalsIgnoreCase("Authorization");
        }
        if (bearer != null && !ownAuthorization) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    public HttpClient http() {
        return http;
    }

    public Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher publisher(Object body) {
        return BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
    }

    /** Builds a JSON object from alternating keys and values, keeping nulls (which mean "clear" in a PATCH). */
    public static Map<String, Object> json(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    /** A response with its JSON body parsed on demand. */
    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
