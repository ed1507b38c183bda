package cloud.citizen.stats.domain;

import java.time.LocalDate;
import java.util.Map;

import cloud.citizen.platform.usage.UsageKind;

/**
 * One day in numbers, as the daily list and the report show it: the day's counters summed over
 * their shards and the estimate of its active-users sketch.
 */
public record DayFigures(LocalDate date, Counts counts, long activeUsers) {

    public static DayFigures empty(LocalDate date) {
        return new DayFigures(date, Counts.NONE, 0);
    }

    public long newUsers() {
        return counts.of(UsageKind.REGISTRATION);
    }

    public long realNameVerifications() {
        return counts.of(UsageKind.REAL_NAME_VERIFICATION);
    }

    public long logins() {
        return counts.of(UsageKind.LOGIN);
    }

    public long payments() {
        return counts.of(UsageKind.PAYMENT);
    }

    public long appointments() {
        return counts.of(UsageKind.APPOINTMENT);
    }

    public long ballots() {
        return counts.of(UsageKind.BALLOT);
    }

    public long posts() {
        return counts.of(UsageKind.POST);
    }

    public long surveyResponses() {
        return counts.of(UsageKind.SURVEY_RESPONSE);
    }

    public long serviceUses() {
        return counts.serviceUses();
    }

    public long amountPaidFen() {
        return counts.amountPaidFen();
    }

    public Map<String, Long> usesByService() {
        return counts.byService();
    }
}
