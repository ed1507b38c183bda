package cloud.citizen.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import cloud.citizen.platform.aws.AwsClients;

/**
 * Scheduled entry point that republishes events whose delivery did not happen right after their
 * transaction (see {@link Outbox}). Plain Java without the HTTP stack, so it starts fast; any
 * function with an outbox declares it in template.yaml with its table as OUTBOX_TABLE and a
 * Schedule event.
 */
public class OutboxSweepHandler implements RequestHandler<Map<String, Object>, Map<String, Integer>> {
    /** Longer than any transaction-to-delivery gap of a healthy request, so live deliveries are not doubled. */
    static final Duration GRACE = Duration.ofSeconds(30);

    private final Outbox outbox;

    public OutboxSweepHandler() {
        this(new Outbox(AwsClients.dynamoDb(AwsClients.regionFromEnvironment(), AwsClients.endpointFromEnvironment("dynamodb")),
                AwsClients.sqs(AwsClients.regionFromEnvironment(), AwsClients.endpointFromEnvironment("sqs")),
                System.getenv("OUTBOX_TABLE"), Clock.systemUTC()));
    }

    public OutboxSweepHandler(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Map<String, Integer> handleRequest(Map<String, Object> scheduledEvent, Context context) {
        return Map.of("republished", outbox.sweep(GRACE));
    }
}
