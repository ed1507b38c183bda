package cloud.citizen.accounts.store;

import static cloud.citizen.platform.aws.Attributes.key;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.accounts.domain.CityZone;
import cloud.citizen.accounts.domain.RealNameAttempts;
import cloud.citizen.accounts.service.RealNameAttemptStore;

/** Real-name attempts as one bounded counter per citizen and city day (see {@link AccountsTable}). */
public class DynamoRealNameAttempts implements RealNameAttemptStore {
    private final DynamoBoundedCounter counter;

    public DynamoRealNameAttempts(DynamoDbClient dynamo, AccountsTable table) {
        this.counter = new DynamoBoundedCounter(dynamo, table.name());
    }

    @Override
    public boolean reserve(String userId, Instant now) {
        long ttl = CityZone.startOfNextDay(now).plus(Duration.ofDays(1)).getEpochSecond();
        return counter.take(itemKey(userId, now), RealNameAttempts.MAX_FAILED_PER_DAY, ttl);
    }

    @Override
    public void release(String userId, Instant now) {
        counter.giveBack(itemKey(userId, now));
    }

    private static Map<String, AttributeValue> itemKey(String userId, Instant now) {
        return key("REALNAME#" + userId, "DAY#" + CityZone.dayOf(now));
    }
}
