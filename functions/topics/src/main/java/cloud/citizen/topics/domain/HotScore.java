package cloud.citizen.topics.domain;

import java.time.Instant;

/**
 * The "hot" order as an index sort key that never needs recomputing: a post starts at a baseline
 * that rises with its creation time, and every like and comment adds a fixed amount. Rising
 * baselines are time decay seen from the other side: each hour a post ages, newer posts start
 * {@value #POINTS_PER_HOUR} points above it, so it must keep earning engagement to stay on top.
 * Being additive, the key moves with the same atomic ADD that moves the post's counters, so it is
 * exact under any concurrency and no list is ever sorted in memory.
 */
public final class HotScore {
    /** One like is worth one point; scores are stored in thousandths of a point for precision. */
    public static final long LIKE = 1_000;
    /** A comment costs more effort than a like, and says more about a discussion. */
    public static final long COMMENT = 2_000;
    public static final long POINTS_PER_HOUR = 10;
    private static final long MILLIS_PER_UNIT = 3_600_000 / (POINTS_PER_HOUR * LIKE);

    private HotScore() {
    }

    /** The score a post starts with, before any engagement. */
    public static long baseline(Instant createdAt) {
        return createdAt.toEpochMilli() / MILLIS_PER_UNIT;
    }

    public static long of(Instant createdAt, long likes, long comments) {
        return baseline(createdAt) + likes * LIKE + comments * COMMENT;
    }
}
