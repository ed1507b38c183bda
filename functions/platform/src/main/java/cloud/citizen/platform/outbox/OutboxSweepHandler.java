package cloud.citizen.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;

import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;
import cloud.citizen.platform.metrics.BusinessMetrics;

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
        return new Outbox(clients.dynamoDb(), clients::sqs, environment.required("OUTBOX_TABLE"), Clock.systemUTC());
    }

    public OutboxSweepHandler(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * @throws OutboxSweepIncomplete after sending all it could, when some events could not be sent:
     *         the invocation fails, so the function's Errors alarm and (after the retries) the
     *         AsyncFailuresQueue tell an operator; the events themselves stay in the outbox
     */
    public Map<String, Integer> handleRequest(Map<String, Object> scheduledEvent, Context context) {
        Outbox.SweepResult result = outbox.sweep(GRACE);
        // events their request failed to deliver, sent now or still stuck
        BusinessMetrics.count("OutboxBacklog", result.sent() + result.failed());
        if (result.failed() > 0) {
            throw new OutboxSweepIncomplete(result);
        }
        return Map.of("republished", result.sent(), "failed", result.failed());
    }

    /** Some events stayed undelivered; the message carries counts only, never event bodies. */
    public static final class OutboxSweepIncomplete extends RuntimeException {
        OutboxSweepIncomplete(Outbox.SweepResult result) {
            super(result.failed() + " outbox events could not be sent and stay in the outbox (" + result.sent()
                    + " sent); see the log for their ids");
        }
    }
}
