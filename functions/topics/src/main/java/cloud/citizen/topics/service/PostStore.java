package cloud.citizen.topics.service;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cloud.citizen.platform.outbox.OutboxEvent;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;
import cloud.citizen.topics.domain.Comment;
import cloud.citizen.topics.domain.NewPost;
import cloud.citizen.topics.domain.Post;
import cloud.citizen.topics.domain.PostOrder;
import cloud.citizen.topics.domain.RateLimit;

/** Where posts and their comments live. */
public interface PostStore {

    /**
     * Writes the post, claims its images, takes a slot of the author's rate limit, counts it on the
     * topic when published and records the events — all or nothing.
     *
     * @throws cloud.citizen.topics.domain.TopicClosedException  when the topic closed meanwhile
     * @throws cloud.citizen.topics.domain.BadImageException     when an image was claimed meanwhile
     * @throws cloud.citizen.topics.domain.RateLimitedException when the author has no slot left
     */
    void publish(NewPost post, RateLimit limit, List<OutboxEvent> events);

    Optional<Post> find(String postId);

    /** One page of a topic's posts in the order asked, only those the viewer may see. */
    Page<Post> list(String topicId, PostOrder order, Viewer viewer, PageRequest page);

    /** Which of these posts the user likes. */
    Set<String> likedBy(String userId, Collection<String> postIds);

    /** @throws cloud.citizen.topics.domain.RateLimitedException when the author has no slot left */
    void addComment(Comment comment, RateLimit limit);

    /** The first comments of a post, oldest first. */
    List<Comment> comments(String postId, int max);
}
