package cloud.citizen.accounts.domain;

/** Whether another SMS code may be sent to a phone now. */
public sealed interface SmsQuotaDecision {

    record Allowed() implements SmsQuotaDecision {
    }

    /** {@code seconds} is at least 1 and is what goes into the Retry-After header. */
    record RetryAfter(long seconds) implements SmsQuotaDecision {
    }
}
