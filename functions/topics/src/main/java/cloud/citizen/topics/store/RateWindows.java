package cloud.citizen.topics.store;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.topics.domain.RateLimit;
import cloud.citizen.topics.domain.RateLimitedException;

/**
 * A rolling-window rate limit as {@code max} slot items per citizen and action: an accepted action
 * occupies a free slot for the length of the window, so no window of that length can ever hold more
 * than {@code max} of them. The slot is taken inside the action's own transaction with the
 * condition "still free", so two concurrent actions can never take the same slot: the loser's
 * transaction fails and it looks for another slot. Reading the slots only picks a candidate.
 */
final class RateWindows {
    private final DynamoDbClient dynamo;
    private final String table;

    RateWindows(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** The write that takes a free slot now. @throws RateLimitedException when every slot is taken */
    TransactWriteItem takeSlot(String userId, RateLimit limit, Instant now) {
        String pk = "LIMIT#" + userId + "#" + limit.action();
        Map<String, Long> busyUntil = new HashMap<>();
        for (Map<String, AttributeValue> item : dynamo.query(q -> q.tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :pk").expressionAttributeValues(Map.of(":pk", s(pk)))).items()) {
            busyUntil.put(Attributes.text(item, "sk"), Attributes.number(item, "until"));
        }
        List<String> free = new ArrayList<>();
        long soonest = Long.MAX_VALUE;
        for (int slot = 0; slot < limit.max(); slot++) {
            long until = busyUntil.getOrDefault("SLOT#" + slot, 0L);
            if (until <= now.toEpochMilli()) {
                free.add("SLOT#" + slot);
            }
            soonest = Math.min(soonest, until);
        }
        if (free.isEmpty()) {
            throw new RateLimitedException(limit, Math.max(1, (soonest - now.toEpochMilli() + 999) / 1000));
        }
        String slot = free.get(ThreadLocalRandom.current().nextInt(free.size()));
        long until = now.plus(limit.window()).toEpochMilli();
        return TransactWriteItem.builder().update(update -> update.tableName(table).key(Attributes.key(pk, slot))
                .updateExpression("SET #until = :until, #ttl = :ttl")
                // the slot must still be free: a concurrent action may have taken it since the read
                .conditionExpression("attribute_not_exists(#until) OR #until <= :now")
                .expressionAttributeNames(Map.of("#until", "until", "#ttl", "ttl"))
                .expressionAttributeValues(Map.of(":until", n(until), ":ttl", n(until / 1000 + 3600),
                        ":now", n(now.toEpochMilli()))))
                .build();
    }
}
