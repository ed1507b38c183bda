package cloud.citizen.local.gateway;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import cloud.citizen.local.Json;

/**
 * A function's answer read the way API Gateway reads payload format 2.0 responses: with a
 * {@code statusCode}, the status, {@code headers}, {@code multiValueHeaders}, {@code cookies}
 * (each a Set-Cookie header) and the body (decoded when {@code isBase64Encoded}); without one, any
 * valid JSON is a 200 {@code application/json} body as it is. Anything else is a bad integration
 * response (500).
 */
public record LambdaHttpResponse(int status, Map<String, List<String>> headers, byte[] body) {

    public static LambdaHttpResponse parse(byte[] payload) {
        JsonNode json;
        try {
            json = Json.parse(payload);
        } catch (IllegalArgumentException notJson) {
            throw new BadIntegrationResponse("the function's response is not JSON");
        }
        if (!json.isObject() || !json.has("statusCode")) {
            return new LambdaHttpResponse(200, Map.of("Content-Type", List.of("application/json")), payload);
        }
        int status = json.get("statusCode").asInt(-1);
        if (status < 100 || status > 599) {
            throw new BadIntegrationResponse("statusCode " + json.get("statusCode") + " is not an HTTP status");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        json.path("multiValueHeaders").fields().forEachRemaining(header -> header.getValue().forEach(
                value -> headers.computeIfAbsent(header.getKey(), name -> new ArrayList<>()).add(value.asText())));
        json.path("headers").fields().forEachRemaining(header -> {
            List<String> values = headers.computeIfAbsent(header.getKey(), name -> new ArrayList<>());
            if (!values.contains(header.getValue().asText())) {
                values.add(header.getValue().asText());
            }
        });
        json.path("cookies").forEach(cookie -> headers.computeIfAbsent("Set-Cookie", name -> new ArrayList<>())
                .add(cookie.asText()));
        JsonNode body = json.get("body");
        byte[] bytes;
        if (body == null || body.isNull()) {
            bytes = new byte[0];
        } else if (json.path("isBase64Encoded").asBoolean(false)) {
            try {
                bytes = Base64.getDecoder().decode(body.asText());
            } catch (IllegalArgumentException e) {
                throw new BadIntegrationResponse("isBase64Encoded but the body is not base64");
            }
        } else {
            bytes = (body.isTextual() ? body.asText() : body.toString()).getBytes(StandardCharsets.UTF_8);
        }
        return new LambdaHttpResponse(status, headers, bytes);
    }

    /** API Gateway answers these with 500 {"message":"Internal Server Error"}. */
    public static final class BadIntegrationResponse extends RuntimeException {
        BadIntegrationResponse(String message) {
            super(message, null, false, false);
        }
    }
}
