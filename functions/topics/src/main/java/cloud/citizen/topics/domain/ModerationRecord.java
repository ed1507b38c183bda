package cloud.citizen.topics.domain;

import java.time.Instant;

/** The audit trail of a post: who did what, when, why, and the status before and after. */
public record ModerationRecord(String postId, ModerationAction action, String actorId, String note,
        PostStatus from, PostStatus to, Instant at) {

    /** The actor of decisions the platform takes itself (the automatic hide after reports). */
    public static final String SYSTEM = "system";
}
