package cloud.citizen.topics.service;

import cloud.citizen.topics.domain.ModerationRecord;

/** Likes and reports: one per citizen and post, each counted exactly once on the post. */
public interface Reactions {

    /** @return false when the user already liked it (nothing changes) */
    boolean like(String postId, String userId);

    /** @return false when the user did not like it (nothing changes) */
    boolean unlike(String postId, String userId);

    /** @return false when the user already reported it (it counts once) */
    boolean report(String postId, String userId, String reason);

    /** Hides a published post whose report count reached the threshold; false when it had not, or was not published. */
    boolean hideIfReported(String postId, String topicId, int threshold, ModerationRecord record);
}
