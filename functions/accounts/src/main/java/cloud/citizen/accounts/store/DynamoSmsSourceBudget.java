package cloud.citizen.accounts.store;

import static cloud.citizen.platform.aws.Attributes.key;

import java.time.Instant;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import cloud.citizen.accounts.domain.SmsSourceBudget;
import cloud.citizen.accounts.service.SmsSourceBudgetStore;

/** One bounded counter per source address and clock hour (see {@link AccountsTable}). */
public class DynamoSmsSourceBudget implements SmsSourceBudgetStore {
    private final DynamoBoundedCounter counter;
    private final int perHour;

    public DynamoSmsSourceBudget(DynamoDbClient dynamo, AccountsTable table, int perHour) {
        this.counter = new DynamoBoundedCounter(dynamo, table.name());
        this.perHour = perHour;
    }

    @Override
    public boolean reserve(String sourceKey, Instant now) {
        Instant window = SmsSourceBudget.windowStart(now);
        long ttl = window.plus(SmsSourceBudget.WINDOW).plus(SmsSourceBudget.WINDOW).getEpochSecond();
        return counter.take(key("SMSIP#" + sourceKey, "HOUR#" + window.getEpochSecond()), perHour, ttl);
    }
}
