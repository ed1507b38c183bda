package cloud.citizen.topics.store;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import cloud.citizen.platform.aws.TransactionFailures;

/**
 * Writes a transaction, retrying while DynamoDB cancels it only because another transaction held
 * one of its items (a thousand citizens liking one post all touch that post): nothing was applied
 * then, so trying again is safe. A failed condition is the caller's to interpret.
 */
final class Transactions {
    private static final int ATTEMPTS = 12;

    private Transactions() {
    }

    static void write(DynamoDbClient dynamo, List<TransactWriteItem> items) {
        for (int attempt = 1;; attempt++) {
            try {
                dynamo.transactWriteItems(write -> write.transactItems(items));
                return;
            } catch (TransactionCanceledException e) {
                if (!onlyConflicted(e) || attempt >= ATTEMPTS) {
                    throw e;
                }
                long ceiling = Math.min(200, 5L << Math.min(attempt, 6));
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextLong(1, ceiling)));
            }
        }
    }

    private static boolean onlyConflicted(TransactionCanceledException e) {
        return TransactionFailures.conflicted(e) && e.cancellationReasons().stream()
                .noneMatch(reason -> "ConditionalCheckFailed".equals(reason.code()));
    }
}
