package cloud.citizen.topics.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A citizen's contribution to a topic, with its counters as last written. */
public record Post(String postId, String topicId, Optional<String> communityId, String authorId, String authorName,
        String text, List<String> imageKeys, long likeCount, long commentCount, PostStatus status,
        boolean adopted, Instant createdAt) {

    public Post {
        imageKeys = List.copyOf(imageKeys);
    }

    /** Published posts are everyone's; the others only their author's and the moderators'. */
    public boolean isVisibleTo(String userId, boolean moderator) {
        return status == PostStatus.PUBLISHED || moderator || authorId.equals(userId);
    }
}
