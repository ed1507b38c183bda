package cloud.citizen.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cloud.citizen.emulator.RepositoryRoot;
import cloud.citizen.emulator.template.SamTemplate;
import cloud.citizen.local.apidocs.ApiDocsPages;
import cloud.citizen.local.lambda.LocalLambda;

/** Until the demo data is seeded, the public port says "not yet" (503 + Retry-After), not 401 or 404. */
class ApiGatewayReadinessTest {
    @TempDir
    Path temp;
    private LocalLambda lambda;
    private ApiGateway gateway;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        lambda = new LocalLambda(List.of(), LocalLambda.Settings.defaults(), temp.resolve("logs"));
        gateway = new ApiGateway(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), new RouteTable(List.of()),
                Map.of(), Optional.empty(), lambda, new LocalHelpers(new SmsDeliveryLog(temp.resolve("sms.jsonl")), lambda,
                        new ApiDocsPages(SamTemplate.load(RepositoryRoot.template(RepositoryRoot.locate())), RepositoryRoot.locate())),
                false);
    }

    @AfterEach
    void stop() {
        gateway.close();
        lambda.close();
    }

    @Test
    void whileSeeding_everyRouteAnswers503ProblemWithRetryAfter_butTheLocalHelpersAnswer() throws Exception {
        HttpResponse<String> route = get(publicUrl() + "/v1/me");
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(publicUrl() + "/v1/auth/login"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(List.of(route, login)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).contains("2");
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(response.body()).contains("\"code\":\"SERVICE_UNAVAILABLE\"", "\"status\":503");
        });
        assertThat(get(publicUrl() + "/_local/functions").statusCode()).isEqualTo(200);
    }

    // the JWT authorizer checks the seeder's tokens with keys it fetches from the public issuer URL
    @Test
    void whileSeeding_theIssuersKeyDocumentsAreRouted() throws Exception {
        assertThat(get(publicUrl() + "/.well-known/openid-configuration").statusCode()).isEqualTo(404); // routed: none here
        assertThat(get(publicUrl() + "/v1/auth/jwks.json").statusCode()).isEqualTo(404);
    }

    @Test
    void whileSeeding_theSeederReachesTheRoutesThroughItsOwnPort() throws Exception {
        assertThat(gateway.seedingUrl()).isNotEqualTo(publicUrl());

        assertThat(get(gateway.seedingUrl() + "/v1/me").statusCode()).isEqualTo(404); // routed: no such route here
    }

    @Test
    void onceOpen_thePublicPortServesTheRoutes_andTheSeedingPortIsGone() throws Exception {
        String seedingUrl = gateway.seedingUrl();

        gateway.open();

        assertThat(get(publicUrl() + "/v1/me").statusCode()).isEqualTo(404);
        assertThat(gateway.seedingUrl()).isEqualTo(publicUrl());
        assertThat(reachable(seedingUrl)).isFalse();
    }

    private String publicUrl() {
        return "http://127.0.0.1:" + gateway.port();
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private boolean reachable(String url) throws InterruptedException {
        try {
            get(url + "/v1/me");
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
