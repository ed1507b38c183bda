package cloud.citizen.appointments.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * How a slot's capacity is split over counters. One counter per slot would be one hot DynamoDB item
 * taking every booking of a release (a few hundred transactional writes a second at most); with
 * about {@value #SEATS_PER_SHARD} seats per counter, up to {@value #MAX_SHARDS}, the writes spread
 * over that many partitions. Small slots keep one counter: they cannot be hot.
 */
public final class SeatShards {
    public static final int SEATS_PER_SHARD = 10;
    public static final int MAX_SHARDS = 16;

    private SeatShards() {
    }

    public static int countFor(int capacity) {
        return Math.max(1, Math.min(MAX_SHARDS, (capacity + SEATS_PER_SHARD - 1) / SEATS_PER_SHARD));
    }

    /** Capacity per counter, as even as possible: 105 seats over 11 counters = 6 x 10 + 5 x 9... summing to capacity. */
    public static List<Integer> split(int capacity, int shards) {
        List<Integer> capacities = new ArrayList<>(shards);
        for (int i = 0; i < shards; i++) {
            capacities.add(capacity / shards + (i < capacity % shards ? 1 : 0));
        }
        return capacities;
    }
}
