package cloud.citizen.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class LambdaHttpResponseTest {

    private static LambdaHttpResponse parse(String json) {
        return LambdaHttpResponse.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parse_readsStatusHeadersMultiValueHeadersCookiesAndBase64Body() {
        LambdaHttpResponse response = parse("{\"statusCode\":201,\"headers\":{\"X-One\":\"1\"},"
                + "\"multiValueHeaders\":{\"X-Many\":[\"a\",\"b\"]},\"cookies\":[\"s=1; HttpOnly\"],"
                + "\"body\":\"aGVsbG8=\",\"isBase64Encoded\":true}");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers()).containsEntry("X-One", List.of("1")).containsEntry("X-Many", List.of("a", "b"))
                .containsEntry("Set-Cookie", List.of("s=1; HttpOnly"));
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("hello");
    }

    @Test
    void parse_withoutStatusCode_returnsTheJsonAsA200Body() {
        LambdaHttpResponse response = parse("{\"hello\":\"world\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers()).containsEntry("Content-Type", List.of("application/json"));
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"hello\":\"world\"}");
    }

    @Test
    void parse_refusesWhatApiGatewayRefuses() {
        assertThatThrownBy(() -> parse("not json")).isInstanceOf(LambdaHttpResponse.BadIntegrationResponse.class);
        assertThatThrownBy(() -> parse("{\"statusCode\":99}")).isInstanceOf(LambdaHttpResponse.BadIntegrationResponse.class);
    }
}
