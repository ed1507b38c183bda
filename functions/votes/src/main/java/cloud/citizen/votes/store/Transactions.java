package cloud.citizen.votes.store;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import cloud.citizen.platform.aws.TransactionFailures;

/**
 * Runs a transaction, retrying only when DynamoDB cancelled it because another transaction held
 * one of its items (nothing was written then); condition failures go back to the caller, who
 * knows what each item's condition meant.
 */
final class Transactions {
    private static final int ATTEMPTS = 25;

    private Transactions() {
    }

    static void write(DynamoDbClient dynamo, List<TransactWriteItem> items) {
        for (int attempt = 1;; attempt++) {
            try {
                dynamo.transactWriteItems(t -> t.transactItems(items));
                return;
            } catch (TransactionCanceledException e) {
                if (!TransactionFailures.conflicted(e) || attempt >= ATTEMPTS) {
                    throw e;
                }
                // jittered back-off: the competing transaction usually finishes within milliseconds
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextInt(2, 10 + attempt * 5)));
            }
        }
    }
}
