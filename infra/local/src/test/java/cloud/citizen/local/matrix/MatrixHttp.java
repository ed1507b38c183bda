package cloud.citizen.local.matrix;

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

/**
 * Any request the tests need to send through the local gateway: every method, raw body bytes,
 * any header, and a path sent exactly as given (already percent-encoded by the caller).
 */
public final class MatrixHttp {

    /** What came back; {@code json} is NullNode when the body is empty or not JSON. */
    public record Answer(int status, String contentType, String body, JsonNode json) {
        public String code() {
            return json.path("code").asText("");
        }

        public String text(String field) {
            return json.path(field).asText();
        }
    }

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public MatrixHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Answer send(String method, String path, Optional<String> token, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(90))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public Answer get(String path, Optional<String> token) {
        return send("GET", path, token, null, Map.of());
    }

    public Answer post(String path, Optional<String> token, Object body) {
        return send("POST", path, token, Json.text(body).getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return NullNode.getInstance();
        }
        try {
            return Json.parse(body);
        } catch (IllegalArgumentException notJson) {
            return NullNode.getInstance();
        }
    }
}
