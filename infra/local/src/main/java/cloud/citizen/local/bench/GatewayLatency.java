package cloud.citizen.local.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import cloud.citizen.emulator.template.HttpRoute;

/**
 * The same probe as the Runtime API measurement, sent as the app sends it: HTTP to the local
 * gateway, which matches the route, checks the JWT, builds the payload 2.0 event, invokes a warm
 * instance and maps the answer back. Its p50 minus the Runtime API's p50 is what the gateway
 * itself adds.
 */
final class GatewayLatency {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String apiUrl;
    private final String token;

    GatewayLatency(String apiUrl, String token) {
        this.apiUrl = apiUrl;
        this.token = token;
    }

    /** The gateway's instance of the function starts cold: the same warm-up as the Runtime API measurement. */
    SteadyRate.Phases measure(HttpRoute route, int rate, Duration warmUp, int seconds) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(apiUrl + route.path()))
                .timeout(Duration.ofSeconds(60)).GET();
        Optional.of(token).filter(value -> route.requiresAuthorization())
                .ifPresent(value -> builder.header("Authorization", "Bearer " + value));
        HttpRequest request = builder.build();
        send(request); // the cold start, which the warm-up's p99 should not show
        return SteadyRate.run(rate, warmUp, seconds, () -> request, this::send);
    }

    private boolean send(HttpRequest request) {
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status < 400;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
