package cloud.citizen.accounts.store;

import static cloud.citizen.platform.aws.Attributes.key;
import static cloud.citizen.platform.aws.TransactionFailures.conditionFailed;
import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.number;
import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import cloud.citizen.accounts.domain.IdNumberTakenException;
import cloud.citizen.accounts.domain.PhoneTakenException;
import cloud.citizen.accounts.domain.RealNameAlreadyVerifiedException;
import cloud.citizen.accounts.service.Account;
import cloud.citizen.accounts.service.AccountStore;
import cloud.citizen.accounts.service.RealNameRecord;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.outbox.OutboxEvent;

/**
 * Accounts, phone claims and ID-number claims; see {@link AccountsTable} for the key design. A new
 * account and the event announcing its contact are committed together (transactional outbox).
 */
@ApplicationScoped
public class DynamoAccountStore implements AccountStore {
    private static final String PROFILE = "PROFILE";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Outbox outbox;
    private final AccountEvents events;

    public DynamoAccountStore(DynamoDbClient dynamo, AccountsTable table, Outbox outbox, AccountEvents events) {
        this.dynamo = dynamo;
        this.table = table.name();
        this.outbox = outbox;
        this.events = events;
    }

    @Override
    public void create(Account account, String phoneKey) {
        Map<String, AttributeValue> phone = new HashMap<>(key("PHONE#" + phoneKey, "PHONE"));
        phone.put("userId", s(account.userId()));
        OutboxEvent contact = events.contactOf(account);
        try {
            dynamo.transactWriteItems(tx -> tx.transactItems(
                    put(phone),
                    put(toItem(account)),
                    outbox.record(contact)));
        } catch (TransactionCanceledException e) {
            if (conditionFailed(e, 0)) {
                throw new PhoneTakenException();
            }
            throw e;
        }
        outbox.deliver(contact);
    }

    private TransactWriteItem put(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)")).build();
    }

    @Override
    public Optional<Account> findByPhoneKey(String phoneKey) {
        Map<String, AttributeValue> claim = dynamo.getItem(get -> get.tableName(table)
                .key(key("PHONE#" + phoneKey, "PHONE")).consistentRead(true)).item();
        return claim == null || claim.isEmpty() ? Optional.empty() : findById(text(claim, "userId"));
    }

    @Override
    public Optional<Account> findById(String userId) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table)
                .key(key("USER#" + userId, PROFILE)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    @Override
    public Account rename(String userId, String displayName) {
        return fromItem(dynamo.updateItem(update -> update.tableName(table).key(key("USER#" + userId, PROFILE))
                .updateExpression("SET displayName = :name")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":name", s(displayName)))
                .returnValues(ReturnValue.ALL_NEW)).attributes());
    }

    @Override
    public Account verifyRealName(String userId, RealNameRecord record) {
        Map<String, AttributeValue> claim = new HashMap<>(key("IDNUMBER#" + record.idNumberKey(), "IDNUMBER"));
        claim.put("userId", s(userId));
        claim.put("encryptedIdNumber", s(record.encryptedIdNumber()));
        try {
            dynamo.transactWriteItems(tx -> tx.transactItems(
                    TransactWriteItem.builder().put(p -> p.tableName(table).item(claim)
                            // the same person verifying twice is fine; anyone else is refused
                            .conditionExpression("attribute_not_exists(pk) OR userId = :me")
                            .expressionAttributeValues(Map.of(":me", s(userId)))).build(),
                    TransactWriteItem.builder().update(u -> u.tableName(table).key(key("USER#" + userId, PROFILE))
                            .updateExpression("SET realNameVerified = :yes, idNumberKey = :key, idNumberMasked = :masked")
                            .conditionExpression("attribute_exists(pk) AND"
                                    + " (attribute_not_exists(idNumberKey) OR idNumberKey = :key)")
                            .expressionAttributeValues(Map.of(":yes", AttributeValue.fromBool(true),
                                    ":key", s(record.idNumberKey()), ":masked", s(record.maskedIdNumber())))).build()));
        } catch (TransactionCanceledException e) {
            if (conditionFailed(e, 0)) {
                throw new IdNumberTakenException();
            }
            if (conditionFailed(e, 1)) {
                throw new RealNameAlreadyVerifiedException();
            }
            throw e;
        }
        return findById(userId).orElseThrow();
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
