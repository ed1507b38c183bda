package cloud.citizen.topics.domain;

import java.time.Duration;

/** At most {@code max} accepted actions of one kind per citizen in any {@code window}. */
public record RateLimit(String action, int max, Duration window) {
    public static final RateLimit POSTS = new RateLimit("POST", 10, Duration.ofMinutes(60));
    public static final RateLimit COMMENTS = new RateLimit("COMMENT", 60, Duration.ofMinutes(60));
}
