package cloud.citizen.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;

class HttpApiEventTest {

    private static HttpApiEvent.Request request(Headers headers, byte[] body) {
        return new HttpApiEvent.Request("POST", "/v1/bills/b%201", "a=1&a=2&q=%E6%88%90%E9%83%BD", headers, body,
                new InetSocketAddress("127.0.0.1", 50000), 3000, "req-1", Instant.parse("2026-11-28T09:00:00Z"));
    }

    @Test
    void event_isPayloadFormat2() {
        Headers headers = new Headers();
        headers.add("Content-Type", "application/json");
        headers.add("X-Custom", "one");
        headers.add("X-Custom", "two");
        headers.add("Cookie", "a=1; b=2");
        headers.add("Host", "localhost:3000");
        headers.add("User-Agent", "app/1.0");

        JsonNode event = HttpApiEvent.of(request(headers, "{\"x\":1}".getBytes(StandardCharsets.UTF_8)),
                "POST /v1/bills/{billId}", Map.of("billId", "b 1"),
                Optional.of(new JwtAuthorizer.Authorized(Map.of("sub", "u-1", "roles", List.of("citizen")))));

        assertThat(event.path("version").asText()).isEqualTo("2.0");
        assertThat(event.path("routeKey").asText()).isEqualTo("POST /v1/bills/{billId}");
        assertThat(event.path("rawPath").asText()).isEqualTo("/v1/bills/b%201");
        assertThat(event.path("rawQueryString").asText()).isEqualTo("a=1&a=2&q=%E6%88%90%E9%83%BD");
        assertThat(event.path("queryStringParameters").path("a").asText()).isEqualTo("1,2");
        assertThat(event.path("queryStringParameters").path("q").asText()).isEqualTo("成都");
        assertThat(event.path("cookies")).extracting(JsonNode::asText).containsExactly("a=1", "b=2");
        assertThat(event.path("headers").path("x-custom").asText()).isEqualTo("one,two");
        assertThat(event.path("headers").has("cookie")).isFalse();
        assertThat(event.path("pathParameters").path("billId").asText()).isEqualTo("b 1");
        assertThat(event.path("body").asText()).isEqualTo("{\"x\":1}");
        assertThat(event.path("isBase64Encoded").asBoolean()).isFalse();
        JsonNode context = event.path("requestContext");
        assertThat(context.path("stage").asText()).isEqualTo("$default");
        assertThat(context.path("requestId").asText()).isEqualTo("req-1");
        assertThat(context.path("time").asText()).isEqualTo("28/Nov/2026:09:00:00 +0000");
        assertThat(context.path("timeEpoch").asLong()).isEqualTo(1_795_856_400_000L);
        assertThat(context.path("domainName").asText()).isEqualTo("localhost");
        assertThat(context.path("http").path("sourceIp").asText()).isEqualTo("127.0.0.1");
        assertThat(context.path("http").path("userAgent").asText()).isEqualTo("app/1.0");
        assertThat(context.path("authorizer").path("jwt").path("claims").path("roles").asText()).isEqualTo("[citizen]");
        assertThat(context.path("authorizer").path("jwt").path("scopes").isNull()).isTrue();
    }

    @Test
    void binaryAndFormBodies_areBase64Encoded() {
        Headers headers = new Headers();
        headers.add("Content-Type", "application/x-www-form-urlencoded");
        byte[] body = "a=1".getBytes(StandardCharsets.UTF_8);

        JsonNode event = HttpApiEvent.of(request(headers, body), "$default", Map.of(), Optional.empty());

        assertThat(event.path("isBase64Encoded").asBoolean()).isTrue();
        assertThat(Base64.getDecoder().decode(event.path("body").asText())).isEqualTo(body);
        assertThat(event.has("pathParameters")).isFalse();
        assertThat(event.path("requestContext").has("authorizer")).isFalse();
    }
}
