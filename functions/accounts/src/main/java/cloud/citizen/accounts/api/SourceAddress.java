package cloud.citizen.accounts.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

/**
 * The client's address as API Gateway saw it: the HTTP API event's {@code requestContext.http.sourceIp}
 * (the TCP peer, not a header the client could forge). Quarkus' Lambda HTTP layer hands the event
 * to resources through {@code @Context}; the local gateway and the test event server fill it the
 * same way.
 */
final class SourceAddress {
    /** Events without one (never from API Gateway) share a single budget rather than bypass it. */
    static final String UNKNOWN = "unknown";
    private static final int MAX_LENGTH = 64;

    private SourceAddress() {
    }

    static String of(APIGatewayV2HTTPEvent event) {
        if (event == null || event.getRequestContext() == null || event.getRequestContext().getHttp() == null) {
            return UNKNOWN;
        }
        String sourceIp = event.getRequestContext().getHttp().getSourceIp();
        return sourceIp == null || sourceIp.isBlank() || sourceIp.length() > MAX_LENGTH ? UNKNOWN : sourceIp;
    }
}
