package cloud.citizen.accounts.store;

import static cloud.citizen.platform.aws.Attributes.isEmpty;
import static cloud.citizen.platform.aws.Attributes.key;
import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.number;
import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import cloud.citizen.accounts.events.AccountsMessages;
import cloud.citizen.accounts.service.RefreshTokenStore;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.outbox.OutboxEvent;
import cloud.citizen.platform.usage.UsageKind;

/**
 * Refresh tokens by hash, in families (one family per login). Rotation marks the old token USED,
 * checks the family is not revoked and stores the successor in one transaction. A login's first
 * token is its own write, so the login's usage event (stats) is committed with it.
 */
public class DynamoRefreshTokenStore implements RefreshTokenStore {
    /** A revoked family is remembered for longer than any of its tokens can live. */
    private static final Duration FAMILY_MEMORY = Duration.ofDays(120);

    private final DynamoDbClient dynamo;
    private final String table;
    private final Outbox outbox;
    private final AccountsMessages messages;

    public DynamoRefreshTokenStore(DynamoDbClient dynamo, AccountsTable table, Outbox outbox,
            AccountsMessages messages) {
        this.dynamo = dynamo;
        this.table = table.name();
        this.outbox = outbox;
        this.messages = messages;
    }

    @Override
    public void save(RefreshGrant grant) {
        dynamo.putItem(put -> put.tableName(table).item(toItem(grant)));
    }

    @Override
    public void saveAtLogin(RefreshGrant grant, Instant loggedInAt) {
        OutboxEvent login = messages.usage(UsageKind.LOGIN, grant.userId(), loggedInAt);
        dynamo.transactWriteItems(tx -> tx.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName(table).item(toItem(grant))).build(),
                outbox.record(login)));
        outbox.deliver(login);
    }

    @Override
    public Rotation rotate(String presentedHash, RefreshGrant successor, Instant now) {
        Map<String, AttributeValue> presented = get(presentedHash);
        if (presented == null) {
            return new Rotation.Invalid();
        }
        String familyId = text(presented, "familyId");
        if ("USED".equals(text(presented, "state"))) {
            return new Rotation.Reused(familyId);
        }
        RefreshGrant next = new RefreshGrant(successor.tokenHash(), text(presented, "userId"), familyId,
                successor.expiresAt());
        try {
            dynamo.transactWriteItems(tx -> tx.transactItems(
                    TransactWriteItem.builder().update(u -> u.tableName(table).key(tokenKey(presentedHash))
                            .updateExpression("SET #state = :used, usedAt = :now")
                            .conditionExpression("#state = :active AND expiresAt > :now")
                            .expressionAttributeNames(Map.of("#state", "state"))
                            .expressionAttributeValues(Map.of(":used", s("USED"), ":active", s("ACTIVE"),
                                    ":now", n(now.getEpochSecond())))).build(),
                    TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(familyKey(familyId))
                            .conditionExpression("attribute_not_exists(revoked)")).build(),
                    TransactWriteItem.builder().put(p -> p.tableName(table).item(toItem(next))
                            .conditionExpression("attribute_not_exists(pk)")).build()));
            return new Rotation.Rotated(next.userId());
        } catch (TransactionCanceledException e) {
            Map<String, AttributeValue> now2 = get(presentedHash);
            if (now2 != null && "USED".equals(text(now2, "state"))) {
                return new Rotation.Reused(familyId); // a concurrent use of the same token
            }
            return new Rotation.Invalid();
        }
    }

    @Override
    public void revokeFamily(String familyId) {
        dynamo.putItem(put -> put.tableName(table).item(Map.of(
                "pk", s("FAMILY#" + familyId), "sk", s("FAMILY"), "revoked", AttributeValue.fromBool(true),
                "ttl", n(Instant.now().plus(FAMILY_MEMORY).getEpochSecond()))));
    }

    @Override
    public Optional<RefreshGrant> find(String tokenHash) {
        Map<String, AttributeValue> item = get(tokenHash);
        return item == null ? Optional.empty()
                : Optional.of(new RefreshGrant(tokenHash, text(item, "userId"), text(item, "familyId"),
                        Instant.ofEpochSecond(number(item, "expiresAt"))));
    }

    private Map<String, AttributeValue> get(String tokenHash) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table).key(tokenKey(tokenHash))
                .consistentRead(true)).item();
        return isEmpty(item) ? null : item;
    }

    private static Map<String, AttributeValue> toItem(RefreshGrant grant) {
        Map<String, AttributeValue> item = new HashMap<>(tokenKey(grant.tokenHash()));
        item.put("userId", s(grant.userId()));
        item.put("familyId", s(grant.familyId()));
        item.put("state", s("ACTIVE"));
        item.put("expiresAt", n(grant.expiresAt().getEpochSecond()));
        item.put("ttl", n(grant.expiresAt().getEpochSecond()));
        return item;
    }

    private static Map<String, AttributeValue> tokenKey(String tokenHash) {
        return key("REFRESH#" + tokenHash, "REFRESH");
    }

    private static Map<String, AttributeValue> familyKey(String familyId) {
        return key("FAMILY#" + familyId, "FAMILY");
    }
}
