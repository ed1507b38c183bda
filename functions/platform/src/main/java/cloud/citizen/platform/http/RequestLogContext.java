package cloud.citizen.platform.http;

import java.util.UUID;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.amazonaws.services.lambda.runtime.Context;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;

/**
 * Puts the Lambda request id into every log line of a request (JSON logs in production), and
 * echoes it as X-Request-Id so a citizen's support call can be matched to the logs.
 */
public class RequestLogContext {
    public static final String REQUEST_ID = "requestId";

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void start(ContainerRequestContext request) {
        MDC.put(REQUEST_ID, lambdaRequestId());
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

    private static String lambdaRequestId() {
        try (InstanceHandle<Context> context = Arc.container().instance(Context.class)) {
            if (context.isAvailable() && context.get().getAwsRequestId() != null) {
                return context.get().getAwsRequestId();
            }
        } catch (RuntimeException e) {
            // outside a Lambda invocation (plain HTTP in dev mode) there is no context
        }
        return UUID.randomUUID().toString();
    }
}
