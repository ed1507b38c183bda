package cloud.citizen.platform.snapstart;

import java.util.Map;

import jakarta.enterprise.event.Observes;

import io.quarkus.amazon.lambda.http.LambdaHttpHandler;
import io.quarkus.runtime.StartupEvent;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/**
 * The HTTP functions' primer: one request through the whole Lambda HTTP path (event mapping,
 * Vert.x, RESTEasy, the access and body filters, problem+json, Jackson) to a route that does not
 * exist, so it reads and writes nothing and answers 404.
 */
public class HttpPathPrimer {
    static final String PATH = "/v1/_snapstart-priming";

    private static final String HANDLER = "io.quarkus.amazon.lambda.http.LambdaHttpHandler";

    void register(@Observes StartupEvent startup) {
        if (onClasspath()) { // queue and schedule workers ship without the HTTP stack
            SnapStartPriming.add("http", HttpPathPrimer::prime);
        }
    }

    private static boolean onClasspath() {
        try {
            Class.forName(HANDLER, false, HttpPathPrimer.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    /** @return the status the stack answered (404 when it works as it should) */
    public static int prime() {
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRawPath(PATH)
                .withRouteKey("$default").withRawQueryString("").withHeaders(Map.of("accept", "application/json"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("snapstart-priming")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").withPath(PATH)
                                .withProtocol("HTTP/1.1").withSourceIp("127.0.0.1").build())
                        .build())
                .build();
        APIGatewayV2HTTPResponse response = new LambdaHttpHandler().handleRequest(event, new PrimingContext());
        return response.getStatusCode();
    }
}
