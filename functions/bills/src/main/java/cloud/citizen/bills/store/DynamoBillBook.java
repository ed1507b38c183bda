package cloud.citizen.bills.store;

import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import cloud.citizen.bills.domain.AccountAlreadyBoundException;
import cloud.citizen.bills.domain.AccountNotFoundException;
import cloud.citizen.bills.domain.Bill;
import cloud.citizen.bills.domain.BillStatus;
import cloud.citizen.bills.domain.BoundAccount;
import cloud.citizen.bills.domain.HolderName;
import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.bills.service.BillBook;
import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.platform.aws.TransactionFailures;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/** Accounts, bindings and bills; see {@link BillsTable} for the key design. */
public class DynamoBillBook implements BillBook {
    /** A citizen binds a household's few accounts; more than this many are not listed. */
    static final int MAX_BOUND_ACCOUNTS = 100;
    private static final String CURSOR_ACCOUNT = "account";
    /** How many accounts' first queries run at once. */
    private static final int READ_AHEAD = 8;

    private final DynamoDbClient dynamo;
    private final String table;
    private final CursorCodec cursors;

    public DynamoBillBook(DynamoDbClient dynamo, String table, CursorCodec cursors) {
        this.dynamo = dynamo;
        this.table = table;
        this.cursors = cursors;
    }

    @Override
    public Optional<Bill> find(String billId) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table).key(BillsTable.billKey(billId))
                .consistentRead(true)).item();
        return Attributes.isEmpty(item) ? Optional.empty() : Optional.of(Items.bill(item));
    }

    @Override
    public boolean isBoundTo(ProviderAccount account, String userId) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table)
                .key(BillsTable.bindingKey(account.key(), userId)).consistentRead(true)).item();
        return !Attributes.isEmpty(item);
    }

    @Override
    public BoundAccount bind(ProviderAccount account, HolderName holder, String userId, Instant now) {
        BoundAccount bound = new BoundAccount(account, holder.masked(), now);
        String fingerprint = holder.fingerprint(account);
        try {
            dynamo.transactWriteItems(tx -> tx.transactItems(
                    TransactWriteItem.builder().conditionCheck(check -> check.tableName(table)
                            .key(BillsTable.accountKey(account.key()))
                            // an absent account fails this as a wrong name does: one answer, the same work
                            .conditionExpression("holderFingerprint = :fingerprint")
                            .expressionAttributeValues(Map.of(":fingerprint", s(fingerprint))))
                            .build(),
                    TransactWriteItem.builder().put(put -> put.tableName(table)
                            .item(Items.binding(bound, userId, fingerprint))
                            .conditionExpression("attribute_not_exists(pk)")).build()));
            return bound;
        } catch (TransactionCanceledException e) {
            if (TransactionFailures.conditionFailed(e, 0)) {
                throw new AccountNotFoundException();
            }
            if (TransactionFailures.conditionFailed(e, 1)) {
                throw new AccountAlreadyBoundException();
            }
            throw e;
        }
    }

    @Override
    public void unbind(ProviderAccount account, String userId) {
        try {
            dynamo.deleteItem(delete -> delete.tableName(table).key(BillsTable.bindingKey(account.key(), userId))
                    .conditionExpression("attribute_exists(pk)"));
        } catch (ConditionalCheckFailedException notBound) {
            throw new AccountNotFoundException();
        }
    }

    @Override
    public Page<BoundAccount> accountsOf(String userId, PageRequest page) {
        String question = "bill-accounts|" + userId;
        QueryResponse response = dynamo.query(boundAccountsQuery(userId, page.limit())
                .exclusiveStartKey(cursors.decode(page.cursor(), question)).build());
        return new Page<>(response.items().stream().map(Items::boundAccount).toList(),
                response.hasLastEvaluatedKey() ? cursors.encode(response.lastEvaluatedKey(), question) : null);
    }

    /**
     * Walks the citizen's accounts in a fixed order and each account's bills through ByAccount; the
     * cursor names the account to continue in and the last bill returned from it. The first query
     * of the next few accounts runs ahead concurrently (a household has several accounts, and one
     * query after another made a list cost a round trip per account); each asks for a whole page,
     * and only what the page needs is taken, in order.
     */
    @Override
    public Page<Bill> billsOf(String userId, Optional<BillStatus> status, PageRequest page) {
        String question = "bills|" + userId + "|" + status.map(BillStatus::wireName).orElse("");
        Map<String, AttributeValue> cursor = cursors.decode(page.cursor(), question);
        List<String> accounts = boundAccountKeys(userId);
        int first = 0;
        Map<String, AttributeValue> startKey = null;
        if (cursor != null && accounts.contains(text(cursor, CURSOR_ACCOUNT))) {
            first = accounts.indexOf(text(cursor, CURSOR_ACCOUNT));
            startKey = new HashMap<>(cursor);
            startKey.remove(CURSOR_ACCOUNT);
        }
        List<CompletableFuture<QueryResponse>> firstPages = new ArrayList<>();
        List<Bill> bills = new ArrayList<>();
        for (int i = first; i < accounts.size(); i++) {
            while (firstPages.size() < Math.min(accounts.size() - first, i - first + READ_AHEAD)) {
                QueryRequest query = billsQuery(accounts.get(first + firstPages.size()), status, page.limit(),
                        firstPages.isEmpty() ? startKey : null);
                firstPages.add(CompletableFuture.supplyAsync(() -> dynamo.query(query), ReadAhead.QUERIES));
            }
            String accountPk = accounts.get(i);
            QueryResponse response = await(firstPages.get(i - first));
            while (true) {
                List<Map<String, AttributeValue>> items = response.items();
                int take = Math.min(items.size(), page.limit() - bills.size());
                items.subList(0, take).forEach(item -> bills.add(Items.bill(item)));
                boolean more = take < items.size() || hasMore(response);
                if (bills.size() == page.limit()) {
                    return new Page<>(bills, !more && i == accounts.size() - 1 ? null
                            : nextCursor(accountPk, items.get(take - 1), question));
                }
                if (!more) {
                    break;
                }
                response = dynamo.query(billsQuery(accountPk, status, page.limit() - bills.size(),
                        response.lastEvaluatedKey()));
            }
        }
        return new Page<>(bills, null);
    }

    /**
     * Queries wait on the network: a virtual thread each. In a holder, so that an instance whose
     * first request lists accounts or reads one bill does not start virtual threads for it.
     */
    private static final class ReadAhead {
        static final Executor QUERIES = Executors.newVirtualThreadPerTaskExecutor();
    }

    /** The cursor's key; a first page (no cursor) needs no codec. */
    private Map<String, AttributeValue> startKey(PageRequest page, String question) {
        return page.cursor() == null ? null : cursors.decode(page.cursor(), question);
    }

    private static QueryResponse await(CompletableFuture<QueryResponse> query) {
        try {
            return query.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e; // the SDK's own exception, as before
        }
    }

    private static boolean hasMore(QueryResponse response) {
        return response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
    }

    /** Only each binding's account key comes back: the list needs nothing else of the binding. */
    private List<String> boundAccountKeys(String userId) {
        QueryResponse response = dynamo.query(boundAccountsQuery(userId, MAX_BOUND_ACCOUNTS)
                .projectionExpression("gsi1sk").build());
        return response.items().stream().map(item -> text(item, "gsi1sk")).toList();
    }

    /** ByOwner's OWNER# partition also holds bindings from before the holder-name proof; the filter drops them. */
    private QueryRequest.Builder boundAccountsQuery(String userId, int limit) {
        return QueryRequest.builder().tableName(table).indexName(BillsTable.BY_OWNER)
                .keyConditionExpression("gsi1pk = :owner AND begins_with(gsi1sk, :account)")
                .filterExpression("begins_with(sk, :binding)")
                .expressionAttributeValues(Map.of(":owner", s(BillsTable.ownerPk(userId)), ":account", s("ACCOUNT#"),
                        ":binding", s(BillsTable.BINDING_PREFIX)))
                .limit(limit);
    }

    private QueryRequest billsQuery(String accountPk, Optional<BillStatus> status, int limit,
            Map<String, AttributeValue> startKey) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":account", s(accountPk));
        String condition = "gsi2pk = :account";
        if (status.isPresent()) {
            condition += " AND begins_with(gsi2sk, :status)";
            values.put(":status", s(status.get().wireName() + "#"));
        }
        return QueryRequest.builder().tableName(table).indexName(BillsTable.BY_ACCOUNT)
                .keyConditionExpression(condition).expressionAttributeValues(values)
                .projectionExpression(Items.LISTED_BILL_PROJECTION).expressionAttributeNames(Items.LISTED_BILL_NAMES)
                .scanIndexForward(false).limit(limit).exclusiveStartKey(startKey).build();
    }

    private String nextCursor(String accountPk, Map<String, AttributeValue> lastItem, String question) {
        Map<String, AttributeValue> cursor = new HashMap<>();
        for (String attribute : List.of("pk", "sk", "gsi2pk", "gsi2sk")) {
            cursor.put(attribute, lastItem.get(attribute));
        }
        cursor.put(CURSOR_ACCOUNT, s(accountPk));
        return cursors.encode(cursor, question);
    }
}
