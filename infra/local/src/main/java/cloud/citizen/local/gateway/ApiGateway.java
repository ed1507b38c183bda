package cloud.citizen.local.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import cloud.citizen.local.Json;
import cloud.citizen.local.apidocs.ApiDocsPages;
import cloud.citizen.local.lambda.HttpServers;
import cloud.citizen.local.lambda.InvocationResult;
import cloud.citizen.local.lambda.InvocationResult.PlatformFailure;
import cloud.citizen.local.lambda.LocalLambda;

/**
 * The HTTP API on one port: local helpers, CORS preflights, route matching, the JWT authorizer,
 * then the function through a payload 2.0 event, and its answer back as HTTP. Errors that API
 * Gateway produces itself keep its {@code {"message": ...}} bodies. Each request runs on its own
 * thread, so slow functions (and cold starts) never hold up others.
 */
public final class ApiGateway implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ApiGateway.class.getName());
    /** API Gateway's request payload limit for HTTP APIs. */
    static final int MAX_REQUEST_BYTES = 10 * 1024 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();
    static final long NOT_READY_RETRY_AFTER_SECONDS = 2;
    private static final String NOT_READY = "{\"type\":\"https://citizen-cloud.example/problems/service-unavailable\","
            + "\"title\":\"Service unavailable\",\"status\":503,\"detail\":\"The local platform is still seeding"
            + " its demo data. Please try again shortly.\",\"code\":\"SERVICE_UNAVAILABLE\",\"errors\":[]}";

    private final HttpServer server;
    private final ExecutorService threads;
    private final RouteTable routes;
    private final Map<RouteTable.Target, JwtAuthorizer> authorizers;
    private final Optional<CorsPolicy> cors;
    private final LocalLambda lambda;
    private final LocalHelpers helpers;
    /**
     * Public key material, open while seeding: the JWT authorizer fetches it from the issuer, which
     * is this public port, to check the seeder's own tokens.
     */
    private static final Set<String> KEY_DISCOVERY = Set.of("/.well-known/openid-configuration", "/v1/auth/jwks.json");

    /** Until the platform has seeded its demo data, the public port answers 503 and seeding uses its own port. */
    private volatile Optional<HttpServer> seedingServer = Optional.empty();

    public ApiGateway(InetSocketAddress address, RouteTable routes, Map<RouteTable.Target, JwtAuthorizer> authorizers,
            Optional<CorsPolicy> cors, LocalLambda lambda, LocalHelpers helpers) {
        this(address, routes, authorizers, cors, lambda, helpers, true);
    }

    /**
     * @param open false: every route on the public port answers 503 problem+json with Retry-After
     *             (the helpers under {@code /_local/} excepted) until {@link #open()}; meanwhile
     *             {@link #seedingUrl()} serves the routes on a loopback port of its own
     */
    public ApiGateway(InetSocketAddress address, RouteTable routes, Map<RouteTable.Target, JwtAuthorizer> authorizers,
            Optional<CorsPolicy> cors, LocalLambda lambda, LocalHelpers helpers, boolean open) {
        this.routes = routes;
        this.authorizers = Map.copyOf(authorizers);
        this.cors = cors;
        this.lambda = lambda;
        this.helpers = helpers;
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "gateway");
            thread.setDaemon(true);
            return thread;
        });
        if (!open) {
            HttpServer seeding = HttpServers.on(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            seeding.setExecutor(threads);
            seeding.createContext("/", this::handle);
            seeding.start();
            this.seedingServer = Optional.of(seeding);
        }
        this.server = HttpServers.on(address, 128);
        server.setExecutor(threads);
        server.createContext("/", this::handleUnlessSeeding);
        server.start();
    }

    /** Where the seeder calls the routes while the public port still answers 503; the public URL once open. */
    public String seedingUrl() {
        return "http://127.0.0.1:" + seedingServer.map(seeding -> seeding.getAddress().getPort()).orElse(port());
    }

    /** The demo data is in place: the public port serves every route, the seeding port closes. */
    public void open() {
        Optional<HttpServer> seeding = seedingServer;
        seedingServer = Optional.empty();
        seeding.ifPresent(server -> server.stop(0));
    }

    private void handleUnlessSeeding(HttpExchange exchange) {
        String path = exchange.getRequestURI().getRawPath();
        if (seedingServer.isEmpty() || path.startsWith(LocalHelpers.PREFIX) || KEY_DISCOVERY.contains(path)) {
            handle(exchange);
            return;
        }
        try (exchange) {
            applyCors(exchange);
            exchange.getResponseHeaders().set("Retry-After", Long.toString(NOT_READY_RETRY_AFTER_SECONDS));
            exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
            byte[] problem = NOT_READY.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(503, problem.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(problem);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "request failed: " + e, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            serve(exchange);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "request failed: " + e, e);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
        String rawPath = exchange.getRequestURI().getRawPath();
        String requestId = newRequestId();
        exchange.getResponseHeaders().set("Apigw-Requestid", requestId);
        if (rawPath.startsWith(LocalHelpers.PREFIX) && helpers.page(rawPath).isPresent()) {
            ApiDocsPages.Page page = helpers.page(rawPath).get();
            exchange.getResponseHeaders().set("Content-Type", page.contentType());
            exchange.sendResponseHeaders(200, page.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page.body());
            }
            return;
        }
        Optional<String> catalogueEntry = ApiDocsPages.catalogueEntryFor(rawPath);
        if (catalogueEntry.isPresent()) {
            exchange.getResponseHeaders().set("Location", catalogueEntry.get());
            exchange.sendResponseHeaders(302, -1);
            return;
        }
        if (rawPath.startsWith(LocalHelpers.PREFIX)) {
            Optional<ObjectNode> answer = helpers.answer(rawPath, exchange.getRequestURI().getRawQuery());
            send(exchange, answer.isPresent() ? 200 : 404, answer.map(Json::bytes).orElse(message("Not Found")));
            return;
        }
        if (cors.isPresent() && CorsPolicy.isPreflight(method, exchange.getRequestHeaders())) {
            cors.get().preflight(exchange.getRequestHeaders(), exchange.getResponseHeaders());
            exchange.sendResponseHeaders(204, -1);
            return;
        }
        byte[] body = readBody(exchange.getRequestBody());
        if (body.length > MAX_REQUEST_BYTES) {
            sendGatewayError(exchange, 413, "Request Entity Too Large");
            return;
        }
        Optional<RouteTable.Match> match = routes.match(method, rawPath);
        if (match.isEmpty()) {
            sendGatewayError(exchange, 404, "Not Found");
            return;
        }
        RouteTable.Target target = match.get().target();
        Optional<JwtAuthorizer.Authorized> authorized = Optional.empty();
        JwtAuthorizer authorizer = authorizers.get(target);
        if (authorizer != null) {
            authorized = authorizer.authorize(exchange.getRequestHeaders().getFirst(authorizer.headerName()));
            if (authorized.isEmpty()) {
                exchange.getResponseHeaders().set("Www-Authenticate", "Bearer");
                sendGatewayError(exchange, 401, "Unauthorized");
                return;
            }
        }
        HttpApiEvent.Request request = new HttpApiEvent.Request(method, rawPath, exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(), body, exchange.getRemoteAddress(), port(), requestId, Instant.now());
        ObjectNode event = HttpApiEvent.of(request, target.route().routeKey(), match.get().pathParameters(), authorized);
        InvocationResult result = lambda.invoke(target.function(), Json.bytes(event));
        respond(exchange, target, result);
    }

    private void respond(HttpExchange exchange, RouteTable.Target target, InvocationResult result) throws IOException {
        if (result instanceof InvocationResult.Success success) {
            LambdaHttpResponse response;
            try {
                response = LambdaHttpResponse.parse(success.payload());
            } catch (LambdaHttpResponse.BadIntegrationResponse e) {
                LOG.warning(() -> target.function() + " returned a bad response for " + target.route().routeKey()
                        + ": " + e.getMessage());
                sendGatewayError(exchange, 500, "Internal Server Error");
                return;
            }
            Headers headers = exchange.getResponseHeaders();
            response.headers().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("transfer-encoding")) {
                    headers.put(name, List.copyOf(values));
                }
            });
            applyCors(exchange);
            boolean noBody = response.status() == 204 || response.status() == 304
                    || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
            exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length == 0 ? -1
                    : response.body().length);
            if (!noBody && response.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
            return;
        }
        if (result instanceof PlatformFailure failure) {
            switch (failure.reason()) {
                case TIMED_OUT -> sendGatewayError(exchange, 504, "Gateway Timeout");
                case THROTTLED -> sendGatewayError(exchange, 503, "Service Unavailable");
                default -> sendGatewayError(exchange, 500, "Internal Server Error");
            }
            return;
        }
        sendGatewayError(exchange, 500, "Internal Server Error");
    }

    private void sendGatewayError(HttpExchange exchange, int status, String message) throws IOException {
        applyCors(exchange);
        send(exchange, status, message(message));
    }

    private void applyCors(HttpExchange exchange) {
        cors.ifPresent(policy -> policy.actual(Optional.ofNullable(exchange.getRequestHeaders().getFirst("Origin")),
                exchange.getResponseHeaders()));
    }

    private static void send(HttpExchange exchange, int status, byte[] json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }

    private static byte[] message(String message) {
        return ("{\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] readBody(InputStream in) throws IOException {
        return in.readNBytes(MAX_REQUEST_BYTES + 1);
    }

    /** Shaped like API Gateway's ids (e.g. {@code JKJaXmPLvHcESHA=}): base64 of 10 random bytes. */
    private static String newRequestId() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public void close() {
        open();
        server.stop(0);
        threads.shutdownNow();
    }
}
