package cloud.citizen.bills.store;

import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import cloud.citizen.platform.aws.QueryPages;
import cloud.citizen.bills.domain.AccountHolder;
import cloud.citizen.bills.domain.ImportedBill;
import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.bills.service.HolderChangeAnnouncements;
import cloud.citizen.platform.aws.TransactionFailures;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.outbox.OutboxEvent;

/**
 * When a provider's file names a new holder for an existing account (the flat was sold), the
 * account takes the new holder and the bindings the former household proved end: they would
 * otherwise go on seeing and paying the new household's bills. Changes are rare, so each is its
 * own conditional write; an account whose holder did not change costs no call here.
 * <p>
 * The change is recorded as {@code bindingsToEnd} (an id) on the account until every binding
 * proven under another holder is deleted, so an import that stopped in between (timeout, crash)
 * finishes the job the next time any file of the account is imported (the S3 retry of the same
 * file first), at no cost for accounts without it.
 * <p>
 * Each ended binding's citizen is told, by a message put into the outbox in the transaction that
 * deletes the binding: a binding ends with its message or not at all. The message's id comes from
 * the change and the citizen, so finishing a change later never tells anyone twice.
 */
final class AccountHolderChanges {
    static final String BINDINGS_TO_END = "bindingsToEnd";
    /** A delete racing a bind on the account conflicts on real DynamoDB: try again, a few times. */
    private static final int CONFLICT_ATTEMPTS = 5;

    private final DynamoDbClient dynamo;
    private final String table;
    private final Outbox outbox;
    private final HolderChangeAnnouncements announcements;

    AccountHolderChanges(DynamoDbClient dynamo, String table, Outbox outbox, HolderChangeAnnouncements announcements) {
        this.dynamo = dynamo;
        this.table = table;
        this.outbox = outbox;
        this.announcements = announcements;
    }

    /**
     * Brings an existing account up to the holder the newest of a chunk's rows names.
     *
     * @param stored the account's item as the chunk read it (it may be stale: every write here is conditional)
     */
    void apply(ImportedBill newest, Map<String, AttributeValue> stored) {
        AccountHolder storedHolder = Items.accountHolder(stored);
        if (AccountHolder.namedBy(newest).replaces(storedHolder) && change(newest)) {
            return;
        }
        String unfinished = text(stored, BINDINGS_TO_END);
        if (unfinished != null) {
            endFormerBindings(newest.account(), storedHolder.fingerprint(), unfinished);
        }
    }

    /** @return false when a file at least as new set another holder meanwhile: that one stays */
    private boolean change(ImportedBill newest) {
        String changeId = UUID.randomUUID().toString();
        Map<String, AttributeValue> item = new HashMap<>(Items.account(newest));
        item.put(BINDINGS_TO_END, s(changeId));
        try {
            dynamo.putItem(put -> put.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(#since) OR #since <= :since")
                    .expressionAttributeNames(Map.of("#since", Items.HOLDER_SINCE))
                    .expressionAttributeValues(Map.of(":since", item.get(Items.HOLDER_SINCE))));
        } catch (ConditionalCheckFailedException newerHolderStored) {
            return false;
        }
        endFormerBindings(newest.account(), text(item, Items.HOLDER_FINGERPRINT), changeId);
        return true;
    }

    /**
     * Read after the account was rewritten (consistently), so every bind that passed its check
     * against the former holder is seen; later binds under the former holder fail that check.
     */
    private void endFormerBindings(ProviderAccount account, String holderFingerprint, String changeId) {
        for (Map<String, AttributeValue> binding : bindingsOf(account)) {
            if (!holderFingerprint.equals(text(binding, Items.HOLDER_FINGERPRINT))
                    && !end(account, text(binding, "sk"), holderFingerprint, changeId)) {
                return; // yet another holder took over: that change ends what is left and keeps its own mark
            }
        }
        try {
            dynamo.updateItem(update -> update.tableName(table).key(BillsTable.accountKey(account.key()))
                    .updateExpression("REMOVE " + BINDINGS_TO_END).conditionExpression(BINDINGS_TO_END + " = :change")
                    .expressionAttributeValues(Map.of(":change", s(changeId))));
        } catch (ConditionalCheckFailedException markedByAnotherChange) {
            // a later change of the account put its own mark: it is that import's to remove
        }
    }

    private List<Map<String, AttributeValue>> bindingsOf(ProviderAccount account) {
        return QueryPages.items(dynamo, QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :account AND begins_with(sk, :binding)")
                .expressionAttributeValues(Map.of(":account", s(BillsTable.accountPk(account.key())),
                        ":binding", s(BillsTable.BINDING_PREFIX)))
                .projectionExpression("sk, " + Items.HOLDER_FINGERPRINT).build());
    }

    /**
     * Deletes one binding while the account still has the holder it was not proven under; a
     * binding the citizen already removed, or one proven under that holder, is left as it is (and
     * its citizen not told). The message is sent once the delete committed; if this import dies
     * first, the outbox sweeper sends it.
     *
     * @return false when the account's holder is no longer {@code holderFingerprint}
     */
    private boolean end(ProviderAccount account, String bindingSk, String holderFingerprint, String changeId) {
        OutboxEvent told = announcements.bindingEnded(account,
                bindingSk.substring(BillsTable.BINDING_PREFIX.length()), changeId);
        Map<String, AttributeValue> current = Map.of(":current", s(holderFingerprint));
        List<TransactWriteItem> items = List.of(
                TransactWriteItem.builder().conditionCheck(check -> check.tableName(table)
                        .key(BillsTable.accountKey(account.key())).conditionExpression("holderFingerprint = :current")
                        .expressionAttributeValues(current)).build(),
                TransactWriteItem.builder().delete(delete -> delete.tableName(table)
                        .key(Map.of("pk", s(BillsTable.accountPk(account.key())), "sk", s(bindingSk)))
                        .conditionExpression("attribute_exists(pk) AND (attribute_not_exists(holderFingerprint) "
                                + "OR holderFingerprint <> :current)")
                        .expressionAttributeValues(current)).build(),
                outbox.record(told));
        for (int attempt = 1; ; attempt++) {
            try {
                dynamo.transactWriteItems(tx -> tx.transactItems(items));
                outbox.deliver(told);
                return true;
            } catch (TransactionCanceledException e) {
                if (TransactionFailures.conditionFailed(e, 0)) {
                    return false;
                }
                if (TransactionFailures.conditionFailed(e, 1)) {
                    return true;
                }
                if (!TransactionFailures.conflicted(e) || attempt == CONFLICT_ATTEMPTS) {
                    throw e; // the import fails and is retried; the mark on the account brings it back here
                }
            }
        }
    }
}
