package cloud.citizen.local.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The Lambda Runtime API (version 2018-06-01) for one instance: its own port, so that every call
 * is known to come from that instance. {@code next} long-polls until the instance has an event.
 */
final class RuntimeApiServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RuntimeApiServer.class.getName());
    private static final String PREFIX = "/2018-06-01/runtime/";
    private static final Pattern INVOCATION_RESULT = Pattern.compile(
            "^" + PREFIX + "invocation/([^/]+)/(response|error)$");
    /** Lambda's limit for a synchronous response; larger ones fail the invocation. */
    static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024;

    private final HttpServer server;
    private final RuntimeApiListener listener;
    private final String functionArn;

    RuntimeApiServer(RuntimeApiListener listener, String functionArn, Executor executor) {
        this.listener = listener;
        this.functionArn = functionArn;
        this.server = HttpServers.loopback(0, 16);
        server.setExecutor(executor);
        server.createContext(PREFIX, this::handle);
        server.start();
    }

    /** {@code host:port}, the value of AWS_LAMBDA_RUNTIME_API. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && path.equals(PREFIX + "invocation/next")) {
                next(exchange);
                return;
            }
            if (method.equals("POST") && path.equals(PREFIX + "init/error")) {
                listener.initError(errorType(exchange, null), readBody(exchange.getRequestBody(), Integer.MAX_VALUE));
                accepted(exchange);
                return;
            }
            Matcher result = INVOCATION_RESULT.matcher(path);
            if (method.equals("POST") && result.matches()) {
                invocationResult(exchange, result.group(1), result.group(2).equals("response"));
                return;
            }
            reply(exchange, 404, "{\"errorMessage\":\"unknown runtime API path\",\"errorType\":\"InvalidRequest\"}");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // the instance was killed mid-request (timeout, idle stop): nothing left to tell it
            LOG.log(Level.FINE, "runtime API exchange failed", e);
        }
    }

    private void next(HttpExchange exchange) throws IOException, InterruptedException {
        Invocation invocation = listener.nextInvocation();
        if (invocation == null) {
            reply(exchange, 410, "{\"errorMessage\":\"instance is stopping\",\"errorType\":\"Gone\"}");
            return;
        }
        long deadline = System.currentTimeMillis() + invocation.timeout().toMillis();
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        headers.set("Lambda-Runtime-Aws-Request-Id", invocation.requestId());
        headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(deadline));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", functionArn);
        headers.set("Lambda-Runtime-Trace-Id", TraceIds.newTraceHeader());
        byte[] payload = invocation.payload();
        exchange.sendResponseHeaders(200, payload.length == 0 ? -1 : payload.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(payload);
        }
        invocation.pickedUp.complete(deadline);
    }

    private void invocationResult(HttpExchange exchange, String requestId, boolean success) throws IOException {
        byte[] body = readBody(exchange.getRequestBody(), MAX_RESPONSE_BYTES + 1);
        boolean known;
        if (success && body.length > MAX_RESPONSE_BYTES) {
            known = listener.invocationError(requestId, "Function.ResponseSizeTooLarge",
                    ("{\"errorMessage\":\"Response payload size exceeded maximum allowed payload size ("
                            + MAX_RESPONSE_BYTES + " bytes).\",\"errorType\":\"Function.ResponseSizeTooLarge\"}")
                            .getBytes(StandardCharsets.UTF_8));
            if (known) {
                reply(exchange, 413, "{\"errorMessage\":\"response too large\",\"errorType\":\"RequestEntityTooLarge\"}");
                return;
            }
        } else {
            known = success ? listener.invocationResponse(requestId, body)
                    : listener.invocationError(requestId, errorType(exchange, body), body);
        }
        if (known) {
            accepted(exchange);
        } else {
            reply(exchange, 400, "{\"errorMessage\":\"unknown or finished request id\",\"errorType\":\"InvalidRequestID\"}");
        }
    }

    /** The runtime names the error in a header; older runtimes only in the body. */
    private static String errorType(HttpExchange exchange, byte[] body) {
        String header = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
        if (header != null && !header.isBlank()) {
            return header;
        }
        return "Unhandled";
    }

    private static byte[] readBody(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }

    private static void accepted(HttpExchange exchange) throws IOException {
        reply(exchange, 202, "{\"status\":\"OK\"}");
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
