package cloud.citizen.accounts.service;

import java.time.Instant;

/** Port: SMS code requests per source address and hour (see SmsSourceBudget). */
public interface SmsSourceBudgetStore {

    /** @return whether the request fits the source's budget for this hour (and is now counted) */
    boolean reserve(String sourceKey, Instant now);
}
