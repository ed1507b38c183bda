package cloud.citizen.local.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import cloud.citizen.emulator.RepositoryRoot;
import cloud.citizen.local.Eventually;
import cloud.citizen.local.Platform;
import cloud.citizen.local.PlatformOptions;
import cloud.citizen.local.lambda.FunctionCode;
import cloud.citizen.local.seed.DemoAccount;
import cloud.citizen.local.seed.LocalApiClient;

/**
 * The one local platform that every end-to-end class of this JVM drives, started on first use
 * (template, packaged zips, demo data, a free port, a fresh data directory) and stopped when the
 * JVM exits. Starting it once keeps the suite within CI's budget; each capability adds its own
 * {@code <Cap>EndToEndIT} that uses it instead of starting another.
 */
public final class SharedPlatform {
    public static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final AtomicInteger PHONES = new AtomicInteger();
    private static Platform platform;
    private static Path dataDirectory;

    private SharedPlatform() {
    }

    public static synchronized Platform platform() {
        if (platform == null) {
            try {
                dataDirectory = Files.createTempDirectory("citizen-e2e-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            platform = Platform.start(PlatformOptions.defaults(RepositoryRoot.locate()).withPort(0)
                    .withDataDirectory(dataDirectory));
            Path data = dataDirectory;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                platform.close();
                FunctionCode.deleteUnpacked(Platform.unpackedFunctions(data)); // ~0.9 GB a run otherwise
            }, "stop-shared-platform"));
        }
        return platform;
    }

    public static Path dataDirectory() {
        platform();
        return dataDirectory;
    }

    public static LocalApiClient api() {
        return new LocalApiClient(platform().apiUrl());
    }

    public static LocalApiClient.Response login(String phone, String password) {
        LocalApiClient.Response login = api().post("/v1/auth/login", Map.of("phone", phone, "password", password),
                Optional.empty());
        assertThat(login.status()).as("login " + login.body()).isEqualTo(200);
        return login;
    }

    public static String accessToken(DemoAccount account) {
        return login(account.phone(), account.password()).text("accessToken");
    }

    /** A phone number no other test of this run uses: the run's start time plus a counter. */
    public static String freshPhone() {
        long run = (ProcessHandle.current().pid() * 1_000 + PHONES.incrementAndGet()) % 100_000_000;
        return "139" + String.format("%08d", run);
    }

    /** A new account, not real-name verified, registered the way the app does it; returns its access token. */
    public static String registerCitizen(String displayName) {
        String phone = freshPhone();
        Instant asked = Instant.now();
        assertThat(api().post("/v1/auth/sms-codes", Map.of("phone", phone, "purpose", "register"), Optional.empty())
                .status()).isEqualTo(202);
        String smsCode = Eventually.within(PATIENCE, "an SMS code in /_local/sms", () -> smsCodeFor(phone, asked));
        LocalApiClient.Response registered = api().post("/v1/auth/register", Map.of("phone", phone, "smsCode",
                smsCode, "password", "Correct-Horse-42", "displayName", displayName), Optional.empty());
        assertThat(registered.status()).as("registration " + registered.body()).isEqualTo(201);
        return registered.text("accessToken");
    }

    /** The newest six-digit code texted to the phone since the given time, or null while none arrived. */
    public static String smsCodeFor(String phone, Instant since) {
        JsonNode items = api().get("/_local/sms?phone=" + phone, Optional.empty()).body().path("items");
        for (JsonNode item : items) {
            if (!Instant.parse(item.path("sentAt").asText()).isBefore(since.minusSeconds(1))) {
                Matcher matcher = Pattern.compile("(\\d{6})").matcher(item.path("text").asText());
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        }
        return null;
    }
}
