package cloud.citizen.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

import cloud.citizen.platform.metrics.BusinessMetrics;

/**
 * The transactional outbox (DESIGN.md principle 5). A state change and the event announcing it
 * are written in one DynamoDB transaction ({@link #record}); after the commit the event is sent
 * to SQS and its outbox item deleted ({@link #deliver}). If the sender dies in between, the
 * scheduled {@link #sweep} sends it later, so no event is lost; consumers dedupe by eventId.
 * <pre>
 *   pk = OUTBOX#{shard 0-7}   sk = EVENT#{eventId}   eventId, type, queueUrl, body, createdAt (ms)
 * </pre>
 * Eight shards keep a burst of events off one hot partition. Delivered events are deleted, so a
 * shard holds only the few undelivered ones and the sweeper queries each shard (never a scan),
 * sending those older than a grace period. An outbox item has no ttl on purpose: an event that
 * cannot be sent (a queue gone, a poison body) stays until it is delivered or an operator acts,
 * because a table's TTL would silently delete the only record of it.
 */
public final class Outbox {
    static final int SHARDS = 8;
    private static final Logger LOG = Logger.getLogger(Outbox.class);

    private final DynamoDbClient dynamo;
    private final Supplier<SqsClient> sqs;
    private final String table;
    private final Clock clock;

    public Outbox(DynamoDbClient dynamo, SqsClient sqs, String table, Clock clock) {
        this(dynamo, () -> sqs, table, clock);
    }

    /**
     * With the SQS client asked for only when an event is sent ({@code aws::sqs}): a function whose
     * first request only reads never builds it.
     */
    public Outbox(DynamoDbClient dynamo, Supplier<SqsClient> sqs, String table, Clock clock) {
        this.dynamo = dynamo;
        this.sqs = sqs;
        this.table = table;
        this.clock = clock;
    }

    /** The put to include in the transaction that makes the change this event announces. */
    public TransactWriteItem record(OutboxEvent event) {
        long now = clock.millis();
        Map<String, AttributeValue> item = new HashMap<>();
        item.putAll(keyOf(event.eventId()));
        item.put("createdAt", AttributeValue.fromN(Long.toString(now)));
        item.put("eventId", AttributeValue.fromS(event.eventId()));
        item.put("type", AttributeValue.fromS(event.type()));
        item.put("queueUrl", AttributeValue.fromS(event.queueUrl()));
        item.put("body", AttributeValue.fromS(event.body()));
        return TransactWriteItem.builder().put(put -> put.tableName(table).item(item)).build();
    }

    /** Sends a committed event now (and counts it as a business metric); a failure is logged and left to the sweeper. */
    public void deliver(OutboxEvent event) {
        BusinessMetrics.announced(event);
        try {
            send(event.eventId(), event.type(), event.queueUrl(), event.body());
            dynamo.deleteItem(delete -> delete.tableName(table).key(keyOf(event.eventId())));
        } catch (RuntimeException e) {
            LOG.warnf("Event %s not delivered yet, the outbox sweeper will retry: %s", event.eventId(),
                    e.getClass().getSimpleName());
        }
    }

    /**
     * Sends every event recorded more than {@code olderThan} ago. One event that cannot be sent does
     * not stop the others: it is logged, counted and left in the outbox for the next sweep.
     */
    public SweepResult sweep(Duration olderThan) {
        AttributeValue cutoff = AttributeValue.fromN(Long.toString(clock.millis() - olderThan.toMillis()));
        int sent = 0;
        int failed = 0;
        for (int shard = 0; shard < SHARDS; shard++) {
            String pk = "OUTBOX#" + shard;
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> exclusiveStart = start;
                QueryResponse page = dynamo.query(query -> query.tableName(table)
                        .keyConditionExpression("pk = :pk").filterExpression("createdAt < :cutoff")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk), ":cutoff", cutoff))
                        .exclusiveStartKey(exclusiveStart).consistentRead(true));
                for (Map<String, AttributeValue> item : page.items()) {
                    if (resend(item)) {
                        sent++;
                    } else {
                        failed++;
                    }
                }
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            } while (start != null);
        }
        return new SweepResult(sent, failed);
    }

    /** How a sweep went: events sent now, and events that stay in the outbox because sending failed again. */
    public record SweepResult(int sent, int failed) {
    }

    private boolean resend(Map<String, AttributeValue> item) {
        String eventId = item.get("eventId").s();
        try {
            send(eventId, item.get("type").s(), item.get("queueUrl").s(), item.get("body").s());
            dynamo.deleteItem(delete -> delete.tableName(table).key(Map.of("pk", item.get("pk"), "sk", item.get("sk"))));
            return true;
        } catch (RuntimeException e) {
            // the item stays: the next sweep tries again, and a delivered-but-not-deleted one is deduped by eventId
            LOG.errorf("Outbox event %s (%s) could not be sent, kept for the next sweep: %s", eventId,
                    item.get("type").s(), e.getClass().getSimpleName());
            return false;
        }
    }

    private void send(String eventId, String type, String queueUrl, String body) {
        sqs.get().sendMessage(message -> message.queueUrl(queueUrl).messageBody(body).messageAttributes(Map.of(
                "eventId", MessageAttributeValue.builder().dataType("String").stringValue(eventId).build(),
                "type", MessageAttributeValue.builder().dataType("String").stringValue(type).build())));
    }

    private static Map<String, AttributeValue> keyOf(String eventId) {
        return Map.of("pk", AttributeValue.fromS("OUTBOX#" + shardOf(eventId)), "sk", AttributeValue.fromS("EVENT#" + eventId));
    }

    static int shardOf(String eventId) {
        return Math.floorMod(eventId.hashCode(), SHARDS);
    }
}
