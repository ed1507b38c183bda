package cloud.citizen.local.seed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import cloud.citizen.local.Json;

/** The public API as the mobile app calls it: JSON over HTTP through the local gateway. */
public final class LocalApiClient {

    /** A response: status and parsed JSON body (NullNode when empty or not JSON). */
    public record Response(int status, JsonNode body, HttpResponse<String> raw) {
        public String text(String field) {
            return body.path(field).asText();
        }
    }

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public LocalApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Response get(String path, Optional<String> accessToken) {
        return send(request(path, accessToken).GET());
    }

    public Response post(String path, Object body, Optional<String> accessToken) {
        return post(path, body, accessToken, Map.of());
    }

    /** With extra request headers, e.g. the {@code Idempotency-Key} that paying a bill requires. */
    public Response post(String path, Object body, Optional<String> accessToken, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, accessToken).header("Content-Type", "application/json");
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(Json.text(body))));
    }

    public Response delete(String path, Optional<String> accessToken) {
        return send(request(path, accessToken).DELETE());
    }

    private HttpRequest.Builder request(String path, Optional<String> accessToken) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(90));
        accessToken.ifPresent(token -> builder.header("Authorization", "Bearer " + token));
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body;
            try {
                body = response.body().isBlank() ? NullNode.getInstance() : Json.parse(response.body());
            } catch (IllegalArgumentException notJson) {
                body = NullNode.getInstance();
            }
            return new Response(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new IllegalStateException("calling the local API failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
