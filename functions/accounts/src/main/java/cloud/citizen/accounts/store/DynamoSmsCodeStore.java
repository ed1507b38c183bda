package cloud.citizen.accounts.store;

import static cloud.citizen.platform.aws.Attributes.key;
import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.number;
import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;
import static cloud.citizen.platform.aws.TransactionFailures.conditionFailed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import cloud.citizen.accounts.domain.CityZone;
import cloud.citizen.accounts.domain.SmsCodeCheck;
import cloud.citizen.accounts.domain.SmsCodePolicy;
import cloud.citizen.accounts.domain.SmsPurpose;
import cloud.citizen.accounts.domain.SmsQuota;
import cloud.citizen.accounts.domain.SmsQuotaDecision;
import cloud.citizen.accounts.domain.TooManyCodesException;
import cloud.citizen.accounts.service.SmsCodeStore;

/**
 * SMS codes and the sending quota (see {@link AccountsTable}). The quota is two counters updated
 * in one transaction, so neither limit can be passed by concurrent requests and the per-minute
 * rule holds across midnight.
 */
public class DynamoSmsCodeStore implements SmsCodeStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoSmsCodeStore(DynamoDbClient dynamo, AccountsTable table) {
        this.dynamo = dynamo;
        this.table = table.name();
    }

    @Override
    public void reserveSend(String phoneKey, Instant now) {
        long nowSeconds = now.getEpochSecond();
        Instant nextDay = CityZone.startOfNextDay(now); // the day quota item lives until then
        String pk = "SMS#" + phoneKey;
        try {
            dynamo.transactWriteItems(tx -> tx.transactItems(
                    TransactWriteItem.builder().update(u -> u.tableName(table).key(key(pk, "LAST"))
                            .updateExpression("SET lastSentAt = :now, #ttl = :lastTtl")
                            .conditionExpression("attribute_not_exists(lastSentAt) OR lastSentAt <= :minuteAgo")
                            .expressionAttributeNames(Map.of("#ttl", "ttl"))
                            .expressionAttributeValues(Map.of(":now", n(nowSeconds),
                                    ":minuteAgo", n(nowSeconds - SmsCodePolicy.MIN_INTERVAL_BETWEEN_SENDS.toSeconds()),
                                    ":lastTtl", n(nowSeconds + Duration.ofDays(1).toSeconds())))
                            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build(),
                    TransactWriteItem.builder().update(u -> u.tableName(table)
                            .key(key(pk, "DAY#" + CityZone.dayOf(now)))
                            .updateExpression("ADD sent :one SET #ttl = :dayTtl")
                            .conditionExpression("attribute_not_exists(sent) OR sent < :max")
                            .expressionAttributeNames(Map.of("#ttl", "ttl"))
                            .expressionAttributeValues(Map.of(":one", n(1), ":max", n(SmsCodePolicy.MAX_SENDS_PER_DAY),
                                    ":dayTtl", n(nextDay.getEpochSecond() + Duration.ofDays(1).toSeconds())))).build()));
        } catch (TransactionCanceledException e) {
            boolean minuteRule = conditionFailed(e, 0);
            boolean dayRule = conditionFailed(e, 1);
            if (!minuteRule && !dayRule) {
                throw e;
            }
            CancellationReason minute = minuteRule ? e.cancellationReasons().get(0) : null;
            Instant lastSentAt = minute != null && minute.hasItem()
                    ? Instant.ofEpochSecond(number(minute.item(), "lastSentAt")) : null;
            int sentToday = dayRule ? SmsCodePolicy.MAX_SENDS_PER_DAY : 0;
            if (SmsQuota.decide(minuteRule && lastSentAt == null ? now : lastSentAt, sentToday, now)
                    instanceof SmsQuotaDecision.RetryAfter retryAfter) {
                throw new TooManyCodesException(retryAfter);
            }
            throw e;
        }
    }

    @Override
    public void save(String phoneKey, SmsPurpose purpose, String codeHash, Instant expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>(key("SMS#" + phoneKey, "CODE#" + purpose.wireName()));
        item.put("codeHash", s(codeHash));
        item.put("expiresAt", n(expiresAt.getEpochSecond()));
        item.put("attemptsLeft", n(SmsCodePolicy.MAX_WRONG_ATTEMPTS));
        item.put("ttl", n(expiresAt.getEpochSecond()));
        dynamo.putItem(put -> put.tableName(table).item(item));
    }

    @Override
    public SmsCodeCheck consume(String phoneKey, SmsPurpose purpose, String codeHash, Instant now) {
        Map<String, AttributeValue> key = key("SMS#" + phoneKey, "CODE#" + purpose.wireName());
        Map<String, AttributeValue> code;
        try {
            // reserve first: the attempt is taken before the guess is compared
            code = dynamo.updateItem(update -> update.tableName(table).key(key)
                    .updateExpression("SET attemptsLeft = attemptsLeft - :one")
                    .conditionExpression("attemptsLeft > :zero AND expiresAt > :now")
                    .expressionAttributeValues(Map.of(":one", n(1), ":zero", n(0), ":now", n(now.getEpochSecond())))
                    .returnValues(ReturnValue.ALL_NEW)).attributes();
        } catch (ConditionalCheckFailedException noCodeOrNoAttemptsLeft) {
            return SmsCodeCheck.NOT_CHECKED;
        }
        if (!MessageDigest.isEqual(text(code, "codeHash").getBytes(StandardCharsets.US_ASCII),
                codeHash.getBytes(StandardCharsets.US_ASCII))) {
            return SmsCodeCheck.WRONG;
        }
        try {
            // deleting is what makes a code single-use: of two concurrent right guesses only one delete matches
            dynamo.deleteItem(delete -> delete.tableName(table).key(key).conditionExpression("codeHash = :hash")
                    .expressionAttributeValues(Map.of(":hash", s(codeHash))));
            return SmsCodeCheck.ACCEPTED;
        } catch (ConditionalCheckFailedException usedMeanwhile) {
            return SmsCodeCheck.WRONG;
        }
    }
}
