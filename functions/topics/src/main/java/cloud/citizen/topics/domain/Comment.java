package cloud.citizen.topics.domain;

import java.time.Instant;

/** A reply under a post. A comment held for review is shown to its author and the moderators only. */
public record Comment(String commentId, String postId, String authorId, String authorName, String text,
        PostStatus status, Instant createdAt) {

    public boolean isVisibleTo(String userId, boolean moderator) {
        return status == PostStatus.PUBLISHED || moderator || authorId.equals(userId);
    }
}
