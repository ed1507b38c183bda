package cloud.citizen.stats.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DistinctUsersTest {

    @Test
    void hundredThousandUsers_overEightShardsStoredAndUnioned_estimateWithinTwoPercent() {
        Random random = new Random(20261130L); // fixed seed: the measured error is the same every run
        List<DistinctUsers> shards = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            shards.add(DistinctUsers.none());
        }
        int distinct = 100_000;
        for (int i = 0; i < distinct; i++) {
            String userId = "u-" + new UUID(random.nextLong(), random.nextLong());
            // each user active several times, in any shard: repeats must not count
            for (int repeat = 0; repeat < 1 + random.nextInt(3); repeat++) {
                shards.get(random.nextInt(8)).add(userId);
            }
        }
        List<DistinctUsers> stored = shards.stream().map(s -> DistinctUsers.fromBytes(s.toBytes())).toList();

        long estimate = DistinctUsers.union(stored).estimate();

        double error = Math.abs(estimate - distinct) / (double) distinct;
        System.out.printf("HLL lgK=%d: %d distinct users estimated %d (error %.3f %%)%n", DistinctUsers.LG_K, distinct,
                estimate, error * 100);
        assertThat(error).isLessThanOrEqualTo(0.02);
    }

    @Test
    void fewUsers_areCountedExactly_andRepeatsDoNotCount() {
        DistinctUsers users = DistinctUsers.none();
        for (int i = 0; i < 300; i++) {
            users.add("user-" + (i % 150));
        }
        assertThat(users.estimate()).isEqualTo(150);
        assertThat(DistinctUsers.fromBytes(users.toBytes()).with(DistinctUsers.of(List.of("user-1", "new")))
                .estimate()).isEqualTo(151);
    }

    @Test
    void monthView_isTheUnionOfDays_soSomeoneActiveEveryDayCountsOnce() {
        List<DistinctUsers> days = new ArrayList<>();
        for (int day = 0; day < 30; day++) {
            days.add(DistinctUsers.of(List.of("everyday", "only-" + day)));
        }
        assertThat(DistinctUsers.union(days).estimate()).isEqualTo(31);
    }

    @Test
    void addsNothingTo_whateverTheOrderTheUsersCameIn() {
        DistinctUsers stored = DistinctUsers.of(List.of("a", "b", "c"));
        assertThat(DistinctUsers.of(List.of("c", "a")).addsNothingTo(stored)).isTrue();
        assertThat(DistinctUsers.of(List.of("c", "d")).addsNothingTo(stored)).isFalse();
        assertThat(DistinctUsers.none().estimate()).isZero();
    }
}
