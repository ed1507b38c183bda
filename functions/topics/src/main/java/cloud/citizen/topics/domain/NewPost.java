package cloud.citizen.topics.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A post accepted by every rule but not yet written; its status comes from the content filter. */
public record NewPost(String postId, Topic topic, String authorId, String authorName, String text,
        List<String> imageKeys, PostStatus status, Instant createdAt) {

    public NewPost {
        imageKeys = List.copyOf(imageKeys);
    }

    public Post asPost() {
        Optional<String> community = topic.communityId();
        return new Post(postId, topic.topicId(), community, authorId, authorName, text, imageKeys, 0, 0, status,
                false, createdAt);
    }
}
