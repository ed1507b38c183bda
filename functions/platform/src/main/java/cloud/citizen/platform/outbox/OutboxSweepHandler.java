package cloud.citizen.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;

import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.metrics.BusinessMetrics;
import cloud.citizen.platform.config.Environment;

/**
 * Scheduled entry point that republishes events whose delivery did not happen right after their
 * transaction (see {@link Outbox}). Plain Java without the HTTP stack, so it starts fast; any
 * function with an outbox declares it in template.yaml with its table as OUTBOX_TABLE and a
 * Schedule event.
 *
 * <p>Queue and schedule handlers that ship in an HTTP function's zip must NOT implement
 * {@code RequestHandler}: Quarkus' Lambda extension refuses to build ("Multiple handler classes")
 * when it finds one beside the HTTP extension. The Lambda Java runtime does not need the interface:
 * {@code Handler: package.Class::handleRequest} finds a public method {@code (Input, Context)} by
 * name and deserialises the input (SQSEvent, ScheduledEvent, S3Event, Map) itself.
 */
public class OutboxSweepHandler {
    /** Longer than any transaction-to-delivery gap of a healthy request, so live deliveries are not doubled. */
    static final Duration GRACE = Duration.ofSeconds(30);

    private final Outbox outbox;

    public OutboxSweepHandler() {
        this(outboxFrom(Environment.system()));
    }

    private static Outbox outboxFrom(Environment environment) {
        AwsClients clients = AwsClients.from(environment);
        return new Outbox(clients.dynamoDb(), clients.sqs(), environment.required("OUTBOX_TABLE"), Clock.systemUTC());
    }

    public OutboxSweepHandler(Outbox outbox) {
        this.outbox = outbox;
    }

    public Map<String, Integer> handleRequest(Map<String, Object> scheduledEvent, Context context) {
        int republished = outbox.sweep(GRACE);
        BusinessMetrics.count("OutboxBacklog", republished); // events their request failed to deliver
        return Map.of("republished", republished);
    }
}
