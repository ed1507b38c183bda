package cloud.citizen.accounts.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import cloud.citizen.accounts.testing.AccountsFixtures;
import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.amazon.lambda.http.LambdaHttpHandler;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The per-address budget of POST /v1/auth/sms-codes, with a small budget. Requests go through the
 * Lambda HTTP handler as API Gateway events, so each can come from its own {@code sourceIp}.
 */
@QuarkusTest
@EmulatedAwsTest(parameters = "SmsCodesPerSourceIpPerHour=" + SmsSourceBudgetTest.BUDGET)
class SmsSourceBudgetTest {
    static final int BUDGET = 20;

    @Test
    void oneAddress_fortyConcurrentRequests_exactlyTheBudgetPasses_andAnotherAddressIsUnaffected() throws Exception {
        String crowded = newAddress();

        List<APIGatewayV2HTTPResponse> responses = Concurrently.run(40,
                i -> requestCode(crowded, AccountsFixtures.newPhone()));

        assertThat(responses).filteredOn(response -> response.getStatusCode() == 202).hasSize(BUDGET);
        List<APIGatewayV2HTTPResponse> refused = responses.stream().filter(response -> response.getStatusCode() == 429)
                .toList();
        assertThat(refused).hasSize(40 - BUDGET).allSatisfy(response -> {
            assertThat(response.getBody()).contains("\"code\":\"TOO_MANY_CODES\"");
            assertThat(Long.parseLong(header(response, "Retry-After"))).isBetween(1L, 3600L);
        });
        assertThat(requestCode(newAddress(), AccountsFixtures.newPhone()).getStatusCode()).isEqualTo(202);
    }

    @Test
    void refusedForTheAddress_sendsNothing() {
        String address = newAddress();
        for (int i = 0; i < BUDGET; i++) {
            requestCode(address, AccountsFixtures.newPhone());
        }
        String phone = AccountsFixtures.newPhone();

        assertThat(requestCode(address, phone).getStatusCode()).isEqualTo(429);
        assertThat(AccountsFixtures.anySmsQueuedFor(phone)).isFalse();
    }

    private static APIGatewayV2HTTPResponse requestCode(String sourceIp, String phone) {
        String path = "/v1/auth/sms-codes";
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey("POST " + path)
                .withRawPath(path).withRawQueryString("").withIsBase64Encoded(false)
                .withHeaders(Map.of("content-type", "application/json", "accept", "application/json"))
                .withBody("{\"phone\":\"" + phone + "\",\"purpose\":\"register\"}")
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId(UUID.randomUUID().toString())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST").withPath(path)
                                .withProtocol("HTTP/1.1").withSourceIp(sourceIp).build())
                        .build())
                .build();
        return new LambdaHttpHandler().handleRequest(event, null);
    }

    private static String header(APIGatewayV2HTTPResponse response, String name) {
        return response.getHeaders().entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
    }

    /** A documentation-range address (RFC 5737) no other test uses. */
    private static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "203.0." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
