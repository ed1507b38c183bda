package cloud.citizen.appointments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeatShardsTest {

    @ParameterizedTest
    @ValueSource(ints = { 1, 5, 10, 11, 99, 100, 105, 160, 161, 1000, 10_000 })
    void split_coversTheCapacityExactly_andEvenly(int capacity) {
        int shards = SeatShards.countFor(capacity);
        List<Integer> split = SeatShards.split(capacity, shards);

        assertThat(split).hasSize(shards);
        assertThat(split.stream().mapToInt(Integer::intValue).sum()).isEqualTo(capacity);
        assertThat(split.stream().mapToInt(Integer::intValue).max().orElseThrow()
                - split.stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThanOrEqualTo(1);
        assertThat(split).allMatch(seats -> seats >= 1);
    }

    @Test
    void countFor_smallSlotsKeepOneCounter_bigOnesAreCapped() {
        assertThat(SeatShards.countFor(5)).isEqualTo(1);
        assertThat(SeatShards.countFor(100)).isEqualTo(10);
        assertThat(SeatShards.countFor(50_000)).isEqualTo(SeatShards.MAX_SHARDS);
    }

    @Test
    void pickFree_choosesOnlyCountersWithSeats_inProportionToTheirFreeSeats() {
        SlotOccupancy occupancy = new SlotOccupancy(List.of(new SeatShard(0, 10, 10), new SeatShard(1, 10, 9),
                new SeatShard(2, 10, 7)));
        SplittableRandom random = new SplittableRandom(42);
        Map<Integer, Integer> picks = new HashMap<>();

        for (int i = 0; i < 4000; i++) {
            picks.merge(occupancy.pickFree(random).orElseThrow().index(), 1, Integer::sum);
        }

        assertThat(picks).doesNotContainKey(0);
        assertThat(picks.get(2)).isBetween(2700, 3300); // 3 of the 4 free seats
        assertThat(occupancy.remaining()).isEqualTo(4);
    }

    @Test
    void pickFree_onAFullSlot_isEmpty() {
        SlotOccupancy full = new SlotOccupancy(List.of(new SeatShard(0, 2, 2), new SeatShard(1, 2, 2)));
        assertThat(full.pickFree(new SplittableRandom(1))).isEmpty();
        assertThat(full.remaining()).isZero();
    }
}
