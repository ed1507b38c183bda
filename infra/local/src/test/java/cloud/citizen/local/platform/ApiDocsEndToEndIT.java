package cloud.citizen.local.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cloud.citizen.local.Json;

/**
 * The API reference and error catalogue as an app developer opens them on the local platform: the
 * merged document, the catalogue entry a problem's {@code type} leads to, and the page rendered by
 * a real browser (headless Chromium, no network beyond the local gateway) — every operation shown.
 */
class ApiDocsEndToEndIT {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void openApiDocument_andErrorCatalogue_areServedByTheGateway() throws Exception {
        JsonNode document = Json.parse(get("/_local/openapi.json").body());
        assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.path("paths").path("/v1/appointments").path("post").path("responses").path("409")
                .path("x-error-codes").toString()).contains("SLOT_FULL", "ALREADY_BOOKED");

        assertThat(get("/_local/errors").body()).contains("id=\"slot-full\"", "Offer the waitlist or another slot.");
        HttpResponse<String> type = get("/problems/slot-full");
        assertThat(type.statusCode()).isEqualTo(302);
        assertThat(type.headers().firstValue("Location")).contains("/_local/errors#slot-full");
    }

    @Test
    void openApiPage_rendersEveryOperationInAHeadlessBrowser() throws Exception {
        Optional<Path> chromium = chromium();
        assumeTrue(chromium.isPresent(), "needs chromium on the PATH (.ci/run installs it)");
        int operations = 0;
        for (JsonNode item : Json.parse(get("/_local/openapi.json").body()).path("paths")) {
            operations += item.size();
        }
        String dom = dumpDom(chromium.get(), SharedPlatform.platform().apiUrl() + "/_local/openapi");

        assertThat(dom).contains("data-rendered=\"" + operations + "\"");
        assertThat(dom).contains("data-route=\"POST /v1/appointments\"", "data-route=\"GET /v1/stats/overview\"",
                "SLOT_FULL", "href=\"/_local/errors#slot-full\"");
    }

    private static String dumpDom(Path chromium, String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile-");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--virtual-time-budget=15000", "--dump-dom", url));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] dom = process.getInputStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new String(dom, StandardCharsets.UTF_8);
    }

    private static Optional<Path> chromium() {
        return Stream.of(System.getenv("PATH").split(":")).flatMap(dir -> Stream.of("chromium", "chromium-browser")
                .map(name -> Path.of(dir, name))).filter(Files::isExecutable).findFirst();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(SharedPlatform.platform().apiUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
