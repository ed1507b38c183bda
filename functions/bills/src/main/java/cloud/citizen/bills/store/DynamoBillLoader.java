package cloud.citizen.bills.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import cloud.citizen.bills.domain.Bill;
import cloud.citizen.bills.domain.ImportedBill;
import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.bills.service.BillLoader;

/**
 * Stores a chunk of imported bills in as few writes as the rules allow (key design in
 * {@link BillsTable}), without reading first: each transaction puts up to 50 bills, each on
 * condition that it does not exist yet (an import never overwrites a bill that is being paid or
 * was paid), together with their accounts, whose provider data is set only where missing
 * ({@code if_not_exists}: an account's item never holds a binding, and what is there stays). A bill
 * and its account are written together or not at all, so a crash between them cannot leave a bill
 * without its account.
 * <p>
 * When some bills exist, the transaction is cancelled as a whole and writes nothing; its
 * cancellation reasons say which bills exist (and return them, to tell UNCHANGED from CONFLICT),
 * and the rest are written again without them. A re-import therefore costs one cancelled
 * transaction per 50 rows and changes nothing.
 */
public class DynamoBillLoader implements BillLoader {
    /** DynamoDB's 100 items per transaction: at most 50 bills and their (at most 50) accounts. */
    static final int BILLS_PER_TRANSACTION = 50;
    private static final int BATCH_GET_LIMIT = 100;
    /** Conflicting writes of other imports cancel a transaction now and then; this many in a row is a fault. */
    private static final int MAX_ATTEMPTS = 10;
    private static final String CONDITION_FAILED = "ConditionalCheckFailed";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoBillLoader(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public List<Outcome> load(List<ImportedBill> bills) {
        Outcome[] outcomes = new Outcome[bills.size()];
        for (int from = 0; from < bills.size(); from += BILLS_PER_TRANSACTION) {
            List<Integer> part = new ArrayList<>();
            for (int i = from; i < Math.min(bills.size(), from + BILLS_PER_TRANSACTION); i++) {
                part.add(i);
            }
            store(bills, part, outcomes);
        }
        return List.of(outcomes);
    }

    /** Writes the given bills; those that exist get their outcome by comparison, the rest are retried. */
    private void store(List<ImportedBill> bills, List<Integer> pending, Outcome[] outcomes) {
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            if (attempt == MAX_ATTEMPTS) {
                throw new IllegalStateException("could not store " + pending.size() + " bills after " + MAX_ATTEMPTS
                        + " cancelled transactions"); // the invocation fails and is retried, which is safe
            }
            backOff(attempt);
            List<Integer> part = pending;
            try {
                dynamo.transactWriteItems(tx -> tx.transactItems(writes(bills, part)));
                part.forEach(i -> outcomes[i] = Outcome.CREATED);
                return;
            } catch (TransactionCanceledException cancelled) {
                pending = settleExisting(bills, part, cancelled.cancellationReasons(), outcomes);
            }
        }
    }

    /** The transaction's items: the bills first (reasons line up with them), then their distinct accounts. */
    private List<TransactWriteItem> writes(List<ImportedBill> bills, List<Integer> part) {
        List<TransactWriteItem> writes = new ArrayList<>();
        Map<String, ProviderAccount> accounts = new LinkedHashMap<>();
        for (int i : part) {
            ImportedBill bill = bills.get(i);
            writes.add(TransactWriteItem.builder().put(put -> put.tableName(table).item(Items.newBill(bill))
                    .conditionExpression("attribute_not_exists(pk)")
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build());
            accounts.putIfAbsent(bill.account().key(), bill.account());
        }
        accounts.values().forEach(account -> writes.add(TransactWriteItem.builder().update(accountIfMissing(account))
                .build()));
        return writes;
    }

    /** Sets each attribute of the account's item only where it is missing: creates a new account, keeps an existing one. */
    private Update accountIfMissing(ProviderAccount account) {
        Map<String, AttributeValue> item = Items.account(account);
        Map<String, AttributeValue> key = BillsTable.accountKey(account.key());
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        List<String> sets = new ArrayList<>();
        item.forEach((attribute, value) -> {
            if (!key.containsKey(attribute)) {
                String n = "#a" + names.size();
                String v = ":a" + values.size();
                names.put(n, attribute);
                values.put(v, value);
                sets.add(n + " = if_not_exists(" + n + ", " + v + ")");
            }
        });
        return Update.builder().tableName(table).key(key).updateExpression("SET " + String.join(", ", sets))
                .expressionAttributeNames(names).expressionAttributeValues(values).build();
    }

    /**
     * Gives the bills whose condition failed their outcome and returns the ones still to write (their
     * transaction was cancelled because of the others, or by a conflicting write: written again).
     */
    private List<Integer> settleExisting(List<ImportedBill> bills, List<Integer> part, List<CancellationReason> reasons,
            Outcome[] outcomes) {
        List<Integer> again = new ArrayList<>();
        Map<Integer, Map<String, AttributeValue>> existing = new LinkedHashMap<>();
        for (int k = 0; k < part.size(); k++) {
            CancellationReason reason = k < reasons.size() ? reasons.get(k) : null;
            if (reason != null && CONDITION_FAILED.equals(reason.code())) {
                existing.put(part.get(k), reason.hasItem() && !reason.item().isEmpty() ? reason.item() : null);
            } else {
                again.add(part.get(k));
            }
        }
        fillMissingItems(bills, existing);
        existing.forEach((i, stored) -> {
            if (stored == null) {
                again.add(i); // gone since the check (bills are never deleted, but nothing is assumed): write it
            } else {
                outcomes[i] = compare(bills.get(i), stored);
            }
        });
        return again;
    }

    /** Reads the existing bills the cancellation reasons did not return (emulators may leave them out). */
    private void fillMissingItems(List<ImportedBill> bills, Map<Integer, Map<String, AttributeValue>> existing) {
        List<Integer> unread = existing.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey)
                .toList();
        if (unread.isEmpty()) {
            return;
        }
        Map<String, Map<String, AttributeValue>> found = batchGet(unread.stream()
                .map(i -> BillsTable.billKey(bills.get(i).billId())).toList());
        unread.forEach(i -> existing.put(i, found.get(pkOf(BillsTable.billKey(bills.get(i).billId())))));
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

    /** Throttled or conflicting writes are tried again a little later each time, as AWS advises. */
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
