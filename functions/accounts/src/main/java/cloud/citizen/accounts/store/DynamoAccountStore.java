package cloud.citizen.accounts.store;

import static cloud.citizen.platform.aws.Attributes.isEmpty;
import static cloud.citizen.platform.aws.Attributes.key;
import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.number;
import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;
import static cloud.citizen.platform.aws.TransactionFailures.conditionFailed;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import cloud.citizen.accounts.domain.IdNumberTakenException;
import cloud.citizen.accounts.domain.PhoneTakenException;
import cloud.citizen.accounts.domain.RealNameAlreadyVerifiedException;
import cloud.citizen.accounts.events.AccountsMessages;
import cloud.citizen.accounts.service.Account;
import cloud.citizen.accounts.service.AccountStore;
import cloud.citizen.accounts.service.RealNameRecord;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.outbox.OutboxEvent;
import cloud.citizen.platform.usage.UsageKind;

/**
 * Accounts, phone claims and ID-number claims; see {@link AccountsTable} for the key design. Each
 * change and the events announcing it are committed together (transactional outbox): a new
 * account with its contact (notifications), registration (stats) and user-registered (user
 * directory); a verification with its usage and user-verified; a rename with user-renamed.
 */
public class DynamoAccountStore implements AccountStore {
    private static final String PROFILE = "PROFILE";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Outbox outbox;
    private final AccountsMessages messages;
    private final Clock clock;

    public DynamoAccountStore(DynamoDbClient dynamo, AccountsTable table, Outbox outbox, AccountsMessages messages,
            Clock clock) {
        this.dynamo = dynamo;
        this.table = table.name();
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void create(Account account, String phoneKey) {
        Map<String, AttributeValue> phone = new HashMap<>(key("PHONE#" + phoneKey, "PHONE"));
        phone.put("userId", s(account.userId()));
        List<OutboxEvent> events = List.of(messages.contactOf(account),
                messages.usage(UsageKind.REGISTRATION, account.userId(), account.createdAt()),
                messages.userRegistered(account, account.createdAt()));
        try {
            dynamo.transactWriteItems(tx -> tx.transactItems(withEvents(events, put(phone), put(toItem(account)))));
        } catch (TransactionCanceledException e) {
            if (conditionFailed(e, 0)) {
                throw new PhoneTakenException();
            }
            throw e;
        }
        events.forEach(outbox::deliver);
    }

    private TransactWriteItem put(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)")).build();
    }

    /** The change's own items first (cancellation reasons are read by index), then its events. */
    private List<TransactWriteItem> withEvents(List<OutboxEvent> events, TransactWriteItem... change) {
        List<TransactWriteItem> items = new ArrayList<>(List.of(change));
        events.forEach(event -> items.add(outbox.record(event)));
        return items;
    }

    @Override
    public Optional<Account> findByPhoneKey(String phoneKey) {
        Map<String, AttributeValue> claim = dynamo.getItem(get -> get.tableName(table)
                .key(key("PHONE#" + phoneKey, "PHONE")).consistentRead(true)).item();
        return isEmpty(claim) ? Optional.empty() : findById(text(claim, "userId"));
    }

    @Override
    public boolean isRegistered(String phoneKey) {
        return !isEmpty(dynamo.getItem(get -> get.tableName(table).key(key("PHONE#" + phoneKey, "PHONE"))
                .consistentRead(true)).item());
    }

    @Override
    public Optional<Account> findById(String userId) {
        return profileItem(userId).map(DynamoAccountStore::fromItem);
    }

    private Optional<Map<String, AttributeValue>> profileItem(String userId) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table)
                .key(key("USER#" + userId, PROFILE)).consistentRead(true)).item();
        return isEmpty(item) ? Optional.empty() : Optional.of(item);
    }

    @Override
    public boolean replacePasswordHash(String userId, String expectedHash, String newHash) {
        try {
            dynamo.updateItem(u -> u.tableName(table).key(key("USER#" + userId, PROFILE))
                    .updateExpression("SET passwordHash = :new")
                    // compare-and-set: a rehash never overwrites a hash stored after this login read the old one
                    .conditionExpression("passwordHash = :old")
                    .expressionAttributeValues(Map.of(":new", s(newHash), ":old", s(expectedHash))));
            return true;
        } catch (ConditionalCheckFailedException changedMeanwhile) {
            return false;
        }
    }

    @Override
    public Account rename(String userId, String displayName) {
        OutboxEvent renamed = messages.userRenamed(userId, displayName, clock.instant());
        dynamo.transactWriteItems(tx -> tx.transactItems(withEvents(List.of(renamed),
                TransactWriteItem.builder().update(u -> u.tableName(table).key(key("USER#" + userId, PROFILE))
                        .updateExpression("SET displayName = :name")
                        .conditionExpression("attribute_exists(pk)")
                        .expressionAttributeValues(Map.of(":name", s(displayName)))).build())));
        outbox.deliver(renamed);
        return findById(userId).orElseThrow();
    }

    @Override
    public Account verifyRealName(Account account, RealNameRecord record) {
        String userId = account.userId();
        Map<String, AttributeValue> claim = new HashMap<>(key("IDNUMBER#" + record.idNumberKey(), "IDNUMBER"));
        claim.put("userId", s(userId));
        claim.put("encryptedIdNumber", s(record.encryptedIdNumber()));
        Instant now = clock.instant();
        List<OutboxEvent> events = List.of(messages.usage(UsageKind.REAL_NAME_VERIFICATION, userId, now),
                messages.userVerified(account, now));
        try {
            dynamo.transactWriteItems(tx -> tx.transactItems(withEvents(events,
                    TransactWriteItem.builder().put(p -> p.tableName(table).item(claim)
                            // the same person verifying twice is fine; anyone else is refused
                            .conditionExpression("attribute_not_exists(pk) OR userId = :me")
                            .expressionAttributeValues(Map.of(":me", s(userId)))).build(),
                    TransactWriteItem.builder().update(u -> u.tableName(table).key(key("USER#" + userId, PROFILE))
                            .updateExpression("SET realNameVerified = :yes, idNumberKey = :key, idNumberMasked = :masked")
                            // only the first verification is a change (and announced); see alreadyVerified
                            .conditionExpression("attribute_exists(pk) AND attribute_not_exists(idNumberKey)")
                            .expressionAttributeValues(Map.of(":yes", AttributeValue.fromBool(true),
                                    ":key", s(record.idNumberKey()), ":masked", s(record.maskedIdNumber())))).build())));
        } catch (TransactionCanceledException e) {
            if (conditionFailed(e, 0)) {
                throw new IdNumberTakenException();
            }
            if (conditionFailed(e, 1)) {
                return alreadyVerified(userId, record);
            }
            throw e;
        }
        events.forEach(outbox::deliver);
        return findById(userId).orElseThrow();
    }

    /**
     * The profile already holds an ID number. Reading it after the refused write is safe: once set,
     * idNumberKey never changes. The same number again is a no-op; another one is refused.
     */
    private Account alreadyVerified(String userId, RealNameRecord record) {
        Map<String, AttributeValue> item = profileItem(userId).orElseThrow();
        if (!record.idNumberKey().equals(text(item, "idNumberKey"))) {
            throw new RealNameAlreadyVerifiedException();
        }
        return fromItem(item);
    }

    private static Map<String, AttributeValue> toItem(Account account) {
        Map<String, AttributeValue> item = new HashMap<>(key("USER#" + account.userId(), PROFILE));
        item.put("userId", s(account.userId()));
        item.put("phone", s(account.phone()));
        item.put("displayName", s(account.displayName()));
        item.put("passwordHash", s(account.passwordHash()));
        item.put("realNameVerified", AttributeValue.fromBool(account.realNameVerified()));
        item.put("roles", AttributeValue.fromSs(account.roles().stream().map(Role::wireName).toList()));
        if (!account.communities().isEmpty()) {
            item.put("communities", AttributeValue.fromSs(account.communities().stream().toList()));
        }
        item.put("createdAt", n(account.createdAt().getEpochSecond()));
        return item;
    }

    private static Account fromItem(Map<String, AttributeValue> item) {
        Set<Role> roles = item.containsKey("roles")
                ? item.get("roles").ss().stream().map(Role::fromWire).collect(Collectors.toSet())
                : Set.of(Role.CITIZEN);
        Set<String> communities = item.containsKey("communities") ? Set.copyOf(item.get("communities").ss()) : Set.of();
        AttributeValue verified = item.get("realNameVerified");
        return new Account(text(item, "userId"), text(item, "phone"), text(item, "displayName"),
                text(item, "passwordHash"), verified != null && Boolean.TRUE.equals(verified.bool()),
                text(item, "idNumberMasked"), roles, communities, Instant.ofEpochSecond(number(item, "createdAt")));
    }
}
