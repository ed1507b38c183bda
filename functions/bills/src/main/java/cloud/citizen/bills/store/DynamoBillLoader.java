package cloud.citizen.bills.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import cloud.citizen.bills.domain.Bill;
import cloud.citizen.bills.domain.ImportedBill;
import cloud.citizen.bills.service.BillLoader;
import cloud.citizen.bills.service.HolderChangeAnnouncements;
import cloud.citizen.platform.outbox.Outbox;

/**
 * Stores a chunk of imported bills in few round trips (key design in {@link BillsTable}):
 * <ol>
 * <li>one BatchGetItem finds which bills and accounts exist (a re-import stops here);</li>
 * <li>missing accounts are batch-written: their items hold only provider data, never a binding, so
 *     writing one twice is harmless. An existing account whose holder changed is rewritten on its
 *     own, conditionally, and the former household's bindings end, each citizen told
 *     ({@link AccountHolderChanges});
 *     an account whose holder stayed costs nothing;</li>
 * <li>missing bills are put in one transaction, each on condition that it still does not exist,
 *     so an import can never overwrite a bill that is being paid or was paid. If another import
 *     got there first, the chunk falls back to one conditional put per bill.</li>
 * </ol>
 */
public class DynamoBillLoader implements BillLoader {
    private static final int BATCH_GET_LIMIT = 100;
    private static final int BATCH_WRITE_LIMIT = 25;
    private static final int TRANSACTION_LIMIT = 100;

    private final DynamoDbClient dynamo;
    private final String table;
    private final AccountHolderChanges holderChanges;

    /**
     * @param outbox        in the table of the bills, like the payments' (its events commit with the deletes)
     * @param announcements what tells a citizen their binding ended with a holder change
     */
    public DynamoBillLoader(DynamoDbClient dynamo, String table, Outbox outbox,
            HolderChangeAnnouncements announcements) {
        this.dynamo = dynamo;
        this.table = table;
        this.holderChanges = new AccountHolderChanges(dynamo, table, outbox, announcements);
    }

    @Override
    public List<Outcome> load(List<ImportedBill> bills) {
        // a file names one holder per account; its newest row says from which period on
        Map<String, ImportedBill> accounts = new LinkedHashMap<>();
        bills.forEach(bill -> accounts.merge(bill.account().key(), bill,
                (first, other) -> other.period().isAfter(first.period()) ? other : first));
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        bills.forEach(bill -> keys.add(BillsTable.billKey(bill.billId())));
        accounts.keySet().forEach(account -> keys.add(BillsTable.accountKey(account)));
        Map<String, Map<String, AttributeValue>> existing = batchGet(keys);

        storeAccounts(accounts.values(), existing);

        Outcome[] outcomes = new Outcome[bills.size()];
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < bills.size(); i++) {
            Map<String, AttributeValue> stored = existing.get(pkOf(BillsTable.billKey(bills.get(i).billId())));
            if (stored == null) {
                fresh.add(i);
            } else {
                outcomes[i] = compare(bills.get(i), stored);
            }
        }
        putNew(bills, fresh, outcomes);
        return List.of(outcomes);
    }

    /** New accounts are batch-written; an existing one costs a call only when its holder changes. */
    private void storeAccounts(Collection<ImportedBill> newestOfEachAccount,
            Map<String, Map<String, AttributeValue>> existing) {
        List<Map<String, AttributeValue>> newAccounts = new ArrayList<>();
        for (ImportedBill newest : newestOfEachAccount) {
            Map<String, AttributeValue> stored = existing.get(pkOf(BillsTable.accountKey(newest.account().key())));
            if (stored == null) {
                newAccounts.add(Items.account(newest));
            } else {
                holderChanges.apply(newest, stored);
            }
        }
        batchWrite(newAccounts);
    }

    private void putNew(List<ImportedBill> bills, List<Integer> fresh, Outcome[] outcomes) {
        if (fresh.isEmpty()) {
            return;
        }
        for (int from = 0; from < fresh.size(); from += TRANSACTION_LIMIT) {
            List<Integer> part = fresh.subList(from, Math.min(fresh.size(), from + TRANSACTION_LIMIT));
            List<TransactWriteItem> puts = part.stream().map(i -> TransactWriteItem.builder()
                    .put(put -> put.tableName(table).item(Items.newBill(bills.get(i)))
                            .conditionExpression("attribute_not_exists(pk)")).build()).toList();
            try {
                dynamo.transactWriteItems(tx -> tx.transactItems(puts));
                part.forEach(i -> outcomes[i] = Outcome.CREATED);
            } catch (TransactionCanceledException raced) {
                part.forEach(i -> outcomes[i] = putOne(bills.get(i)));
            }
        }
    }

    private Outcome putOne(ImportedBill bill) {
        try {
            dynamo.putItem(put -> put.tableName(table).item(Items.newBill(bill))
                    .conditionExpression("attribute_not_exists(pk)"));
            return Outcome.CREATED;
        } catch (ConditionalCheckFailedException exists) {
            Map<String, AttributeValue> stored = dynamo.getItem(get -> get.tableName(table)
                    .key(BillsTable.billKey(bill.billId())).consistentRead(true)).item();
            return compare(bill, stored);
        }
    }

    private static Outcome compare(ImportedBill bill, Map<String, AttributeValue> stored) {
        Bill existing = Items.bill(stored);
        return bill.sameAs(existing) ? Outcome.UNCHANGED : Outcome.CONFLICT;
    }

    private Map<String, Map<String, AttributeValue>> batchGet(List<Map<String, AttributeValue>> keys) {
        Map<String, Map<String, AttributeValue>> found = new HashMap<>();
        for (int from = 0; from < keys.size(); from += BATCH_GET_LIMIT) {
            Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder()
                    .keys(keys.subList(from, Math.min(keys.size(), from + BATCH_GET_LIMIT))).consistentRead(true).build());
            for (int attempt = 0; !request.isEmpty(); attempt++) {
                Map<String, KeysAndAttributes> pending = request;
                backOff(attempt);
                BatchGetItemResponse response = dynamo.batchGetItem(get -> get.requestItems(pending));
                response.responses().getOrDefault(table, List.of()).forEach(item -> found.put(pkOf(item), item));
                request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return found;
    }

    private void batchWrite(List<Map<String, AttributeValue>> items) {
        for (int from = 0; from < items.size(); from += BATCH_WRITE_LIMIT) {
            List<WriteRequest> writes = items.subList(from, Math.min(items.size(), from + BATCH_WRITE_LIMIT)).stream()
                    .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                    .toList();
            Map<String, List<WriteRequest>> request = Map.of(table, writes);
            for (int attempt = 0; !request.isEmpty(); attempt++) {
                Map<String, List<WriteRequest>> pending = request;
                backOff(attempt);
                BatchWriteItemResponse response = dynamo.batchWriteItem(write -> write.requestItems(pending));
                request = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
            }
        }
    }

    /** Throttled batches come back as unprocessed: wait a little longer each time, as AWS advises. */
    private static void backOff(int attempt) {
        if (attempt == 0) {
            return;
        }
        try {
            Thread.sleep(Duration.ofMillis(Math.min(1000, 25L << Math.min(attempt, 6))).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    private static String pkOf(Map<String, AttributeValue> item) {
        return item.get("pk").s() + "|" + item.get("sk").s();
    }
}
