package cloud.citizen.votes.store;

import static cloud.citizen.platform.aws.Attributes.n;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import cloud.citizen.votes.domain.RosterFrozenException;

/**
 * The community's roster item ({@code COMMUNITY#{c} / ROSTER}): every roster change bumps its
 * version under the condition that no election is open and no upload holds the lease. An upload
 * of many units takes the lease first (a few transactions of up to 100 units follow), so an
 * election cannot open half-way through it.
 */
final class RosterLock {
    static final String UNLOCKED = "(attribute_not_exists(openElections) OR openElections = :zero)"
            + " AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)";
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration WAIT_FOR_LEASE = Duration.ofSeconds(5);

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    RosterLock(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    /** The update that records a roster change; its condition refuses it while the roster is frozen. */
    TransactWriteItem change(String communityId) {
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(VotesTable.roster(communityId))
                .updateExpression("ADD version :one").conditionExpression(UNLOCKED)
                .expressionAttributeValues(unlockedValues(Map.of(":one", n(1))))).build();
    }

    /** The same change during an upload, under the lease this upload holds. */
    TransactWriteItem changeUnderLease(String communityId, long lease) {
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(VotesTable.roster(communityId))
                .updateExpression("ADD version :one").conditionExpression("leaseUntil = :lease")
                .expressionAttributeValues(Map.of(":one", n(1), ":lease", n(lease)))).build();
    }

    /** @return the lease's expiry, its identity; waits a little for another upload, never for an open election */
    long acquireLease(String communityId) {
        long deadline = System.nanoTime() + WAIT_FOR_LEASE.toNanos();
        while (true) {
            long until = clock.millis() + LEASE.toMillis() + System.nanoTime() % 1000; // unique per holder
            try {
                dynamo.updateItem(u -> u.tableName(table).key(VotesTable.roster(communityId))
                        .updateExpression("SET leaseUntil = :until").conditionExpression(UNLOCKED)
                        .expressionAttributeValues(unlockedValues(Map.of(":until", n(until)))));
                return until;
            } catch (ConditionalCheckFailedException e) {
                if (electionOpen(communityId) || System.nanoTime() > deadline) {
                    throw frozen();
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
        }
    }

    void releaseLease(String communityId, long lease) {
        try {
            dynamo.updateItem(u -> u.tableName(table).key(VotesTable.roster(communityId))
                    .updateExpression("REMOVE leaseUntil").conditionExpression("leaseUntil = :lease")
                    .expressionAttributeValues(Map.of(":lease", n(lease))));
        } catch (ConditionalCheckFailedException expiredAndTaken) {
            // our lease ran out and someone else holds one now: theirs to release
        }
    }

    private boolean electionOpen(String communityId) {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table).key(VotesTable.roster(communityId))
                .consistentRead(true)).item();
        return item != null && cloud.citizen.platform.aws.Attributes.number(item, "openElections") > 0;
    }

    Map<String, AttributeValue> unlockedValues(Map<String, AttributeValue> more) {
        Map<String, AttributeValue> values = new HashMap<>(more);
        values.put(":zero", n(0));
        values.put(":now", n(clock.millis()));
        return values;
    }

    static RosterFrozenException frozen() {
        return new RosterFrozenException(
                "The roster cannot change while an election of this community is open or another upload runs.");
    }
}
