package cloud.citizen.emulator.backend;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import cloud.citizen.emulator.template.IntrinsicResolver;
import cloud.citizen.emulator.template.SecretSource;

/**
 * Secrets Manager, as much of it as the functions use: {@code GetSecretValue} over the AWS JSON 1.1
 * protocol ({@code POST /}, {@code X-Amz-Target: secretsmanager.GetSecretValue}, body
 * {@code {"SecretId": ...}}), answered from a {@link SecretSource} (the local secrets). Requests are
 * not authenticated (any signature is accepted), like the other emulators; any other operation
 * gets the {@code UnknownOperationException} that AWS answers for it.
 */
public final class SecretsManagerServer implements AutoCloseable {

    private static final String TARGET_PREFIX = "secretsmanager.";
    private static final String JSON_1_1 = "application/x-amz-json-1.1";

    private final HttpServer server;
    private final ExecutorService executor;
    private final SecretSource secrets;

    private SecretsManagerServer(HttpServer server, ExecutorService executor, SecretSource secrets) {
        this.server = server;
        this.executor = executor;
        this.secrets = secrets;
    }

    /** Listens on an ephemeral port of 127.0.0.1. */
    public static SecretsManagerServer start(SecretSource secrets) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
            server.setExecutor(executor);
            SecretsManagerServer emulator = new SecretsManagerServer(server, executor, secrets);
            server.createContext("/", emulator::handle);
            server.start();
            return emulator;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Secrets Manager emulator", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
            if (!exchange.getRequestMethod().equals("POST") || !target.equals(TARGET_PREFIX + "GetSecretValue")) {
                reply(exchange, 400, error("UnknownOperationException", "not emulated: " + target));
                return;
            }
            reply(exchange, 200, answer(exchange.getRequestBody()));
        } catch (ParseException | ClassCastException e) {
            reply(exchange, 400, error("InvalidRequestException", "the request body is not a JSON object with SecretId"));
        } catch (RuntimeException e) {
            reply(exchange, 400, error("ResourceNotFoundException", String.valueOf(e.getMessage())));
        }
    }

    private Map<String, Object> answer(InputStream body) throws IOException, ParseException {
        String secretId = (String) JSONObjectUtils.parse(new String(body.readAllBytes(), StandardCharsets.UTF_8))
                .get("SecretId");
        if (secretId == null || secretId.isBlank()) {
            throw new ClassCastException("no SecretId");
        }
        String name = nameOf(secretId);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("ARN", "arn:aws:secretsmanager:" + IntrinsicResolver.REGION + ":" + IntrinsicResolver.ACCOUNT_ID
                + ":secret:" + name);
        response.put("Name", name);
        response.put("SecretString", secrets.secretString(name));
        response.put("VersionId", "local");
        response.put("VersionStages", List.of("AWSCURRENT"));
        return response;
    }

    /** An ARN (arn:aws:secretsmanager:region:account:secret:name) names the same secret as its name. */
    private static String nameOf(String secretId) {
        if (!secretId.startsWith("arn:")) {
            return secretId;
        }
        String[] parts = secretId.split(":", 7);
        return parts.length == 7 ? parts[6] : secretId;
    }

    private static Map<String, Object> error(String type, String message) {
        return Map.of("__type", type, "Message", message);
    }

    private static void reply(HttpExchange exchange, int status, Map<String, Object> json) throws IOException {
        byte[] bytes = JSONObjectUtils.toJSONString(json).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", JSON_1_1);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}
