package cloud.citizen.platform.http;

import java.util.UUID;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.amazonaws.services.lambda.runtime.Context;

import io.quarkus.vertx.http.runtime.QuarkusHttpHeaders;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;

/**
 * Puts the Lambda request id into every log line of a request (JSON logs in production), and
 * echoes it as X-Request-Id so a citizen's support call can be matched to the logs.
 */
public class RequestLogContext {
    public static final String REQUEST_ID = "requestId";

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void start(ContainerRequestContext request, HttpServerRequest httpRequest) {
        MDC.put(REQUEST_ID, requestIdOf(httpRequest.headers()));
        MDC.put("route", request.getMethod() + " " + request.getUriInfo().getPath());
    }

    @ServerResponseFilter
    public void finish(ContainerResponseContext response) {
        Object requestId = MDC.get(REQUEST_ID);
        if (requestId != null) {
            response.getHeaders().putSingle("X-Request-Id", requestId);
        }
        MDC.remove(REQUEST_ID);
        MDC.remove("route");
    }

    /**
     * The Lambda context rides on the request's headers object, where quarkus-amazon-lambda-http puts
     * it (read here directly: its CDI producer costs a container lookup per request). Outside a
     * Lambda invocation (plain HTTP in dev mode and tests) there is none: a fresh id.
     */
    static String requestIdOf(MultiMap headers) {
        if (headers instanceof QuarkusHttpHeaders lambdaHeaders) {
            Context context = lambdaHeaders.getContextObject(Context.class);
            if (context != null && context.getAwsRequestId() != null) {
                return context.getAwsRequestId();
            }
        }
        return UUID.randomUUID().toString();
    }
}
