package cloud.citizen.stats.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import cloud.citizen.platform.usage.ServiceUse;
import cloud.citizen.stats.domain.DistinctUsers;
import cloud.citizen.stats.domain.UsageBatch;

/**
 * Counts delivered usage events exactly once. The sketches go first: adding a user twice changes
 * nothing, so a delivery that fails after them and comes again does no harm; the counters then
 * add each never-seen event once, whatever the order and number of deliveries.
 */
public final class UsageCounting {
    /** Each event takes one item of a write transaction (at most 100), plus one per day and the total. */
    static final int EVENTS_PER_WRITE = 40;

    private final UsageCounters counters;
    private final ActiveUserSketches sketches;

    public UsageCounting(UsageCounters counters, ActiveUserSketches sketches) {
        this.counters = counters;
        this.sketches = sketches;
    }

    /** @return how many of the events were counted now (the rest had been counted before) */
    public int count(Collection<ServiceUse> delivered) {
        List<ServiceUse> uses = List.copyOf(delivered);
        int counted = 0;
        for (int from = 0; from < uses.size(); from += EVENTS_PER_WRITE) {
            counted += countTogether(UsageBatch.of(uses.subList(from, Math.min(uses.size(), from + EVENTS_PER_WRITE))));
        }
        return counted;
    }

    private int countTogether(UsageBatch batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        int shard = batch.shard(UsageCounters.SHARDS);
        for (var active : batch.activeUsersByDay().entrySet()) {
            LocalDate day = active.getKey();
            Set<String> users = active.getValue();
            sketches.merge(day, shard, DistinctUsers.of(users));
        }
        return counters.addOnce(batch, shard);
    }
}
