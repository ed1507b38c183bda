package cloud.citizen.votes.store;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.s;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.platform.aws.TransactionFailures;
import cloud.citizen.votes.domain.DirectoryUser;
import cloud.citizen.votes.domain.UserEvent;
import cloud.citizen.votes.service.UserDirectory;

/**
 * Votes' user directory ({@code USER#{userId} / PROFILE}). Each event is applied with a "seen"
 * marker for its id in the same transaction, so a redelivery changes nothing. Events may arrive
 * out of order: verification is a one-way flag, and the display name only moves to a newer one.
 */
public final class DynamoUserDirectory implements UserDirectory {
    private static final Duration REMEMBER_EVENTS = Duration.ofDays(14);

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    public DynamoUserDirectory(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public Optional<DirectoryUser> user(String userId) {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table).key(VotesTable.profile(userId))
                .consistentRead(true)).item();
        if (Attributes.isEmpty(item)) {
            return Optional.empty();
        }
        AttributeValue verified = item.get("verified");
        return Optional.of(new DirectoryUser(userId, Optional.ofNullable(Attributes.text(item, "displayName")).orElse(""),
                verified != null && Boolean.TRUE.equals(verified.bool())));
    }

    @Override
    public void apply(UserEvent event) {
        try {
            Transactions.write(dynamo, List.of(seen(event), update(event, true)));
        } catch (TransactionCanceledException e) {
            if (TransactionFailures.conditionFailed(e, 0)) {
                return; // applied before
            }
            if (!TransactionFailures.conditionFailed(e, 1)) {
                throw e;
            }
            // a newer name is already there: keep it, apply the rest
            try {
                Transactions.write(dynamo, List.of(seen(event), update(event, false)));
            } catch (TransactionCanceledException again) {
                if (!TransactionFailures.conditionFailed(again, 0)) {
                    throw again;
                }
            }
        }
    }

    private TransactWriteItem seen(UserEvent event) {
        Map<String, AttributeValue> item = new HashMap<>(Attributes.key("USEREVENT#" + event.eventId(), "SEEN"));
        item.put("ttl", n(clock.instant().plus(REMEMBER_EVENTS).getEpochSecond()));
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)")).build();
    }

    private TransactWriteItem update(UserEvent event, boolean withName) {
        StringBuilder expression = new StringBuilder("SET userId = :id");
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":id", s(event.userId())));
        String condition = null;
        if (withName && !event.displayName().isBlank()) {
            expression.append(", displayName = :name, nameAt = :at");
            values.put(":name", s(event.displayName()));
            values.put(":at", n(event.occurredAt().toEpochMilli()));
            condition = "attribute_not_exists(nameAt) OR nameAt <= :at";
        }
        if (event.type() == UserEvent.Type.VERIFIED) {
            expression.append(", verified = :true");
            values.put(":true", AttributeValue.fromBool(true));
        }
        String finalCondition = condition;
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(VotesTable.profile(event.userId()))
                .updateExpression(expression.toString()).conditionExpression(finalCondition)
                .expressionAttributeValues(values)).build();
    }
}
