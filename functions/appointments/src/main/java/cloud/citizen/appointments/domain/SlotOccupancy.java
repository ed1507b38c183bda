package cloud.citizen.appointments.domain;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** The seat counters of one slot as last read: remaining seats are the sum over the counters. */
public record SlotOccupancy(List<SeatShard> shards) {

    public SlotOccupancy {
        shards = List.copyOf(shards);
    }

    public int remaining() {
        return shards.stream().mapToInt(SeatShard::free).sum();
    }

    public int booked() {
        return shards.stream().mapToInt(SeatShard::booked).sum();
    }

    /**
     * A counter to try, chosen at random with odds in proportion to its free seats: concurrent
     * bookers spread over the counters, and nearly full counters (where they would collide) are
     * rarely picked. Empty when no seat is free.
     */
    public Optional<SeatShard> pickFree(RandomGenerator random) {
        int remaining = remaining();
        if (remaining == 0) {
            return Optional.empty();
        }
        int seat = random.nextInt(remaining);
        for (SeatShard shard : shards) {
            if (seat < shard.free()) {
                return Optional.of(shard);
            }
            seat -= shard.free();
        }
        throw new IllegalStateException("unreachable: seat beyond the free seats");
    }
}
