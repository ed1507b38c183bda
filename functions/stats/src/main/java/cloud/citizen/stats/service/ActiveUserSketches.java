package cloud.citizen.stats.service;

import java.time.LocalDate;
import java.util.Collection;

import cloud.citizen.stats.domain.DistinctUsers;

/** One distinct-users sketch per day and shard; merging never loses a concurrent update. */
public interface ActiveUserSketches {

    void merge(LocalDate day, int shard, DistinctUsers users);

    /** Everyone active on any of these days (all shards). */
    DistinctUsers activeOn(Collection<LocalDate> days);
}
