package cloud.citizen.stats.service;

import java.time.LocalDate;
import java.util.Set;

import cloud.citizen.stats.domain.Counts;
import cloud.citizen.stats.domain.UsageBatch;

/** The usage counters: per day and all time, split into shards that reads sum up. */
public interface UsageCounters {
    /** How many shards each counter is split into. */
    int SHARDS = 8;

    /**
     * Adds every event of the batch that was never counted before, in one atomic write, to the
     * given shard of its day's and the all-time counters; the others are skipped.
     *
     * @return how many events were new
     */
    int addOnce(UsageBatch batch, int shard);

    Counts day(LocalDate day);

    Counts allTime();

    /** Days whose counters changed since the roll-up last took them (late events touch old days). */
    Set<LocalDate> changedDays();

    /** The roll-up is about to read these days: later changes mark them again. */
    void takeChangedDays(Set<LocalDate> days);

    /** The roll-up could not finish these days: keep them for the next run. */
    void markChanged(Set<LocalDate> days);
}
