package cloud.citizen.topics.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.platform.outbox.OutboxEvent;
import cloud.citizen.platform.usage.ServiceUse;
import cloud.citizen.platform.usage.UsageKind;
import cloud.citizen.topics.domain.NewPost;
import cloud.citizen.topics.domain.PostStatus;
import cloud.citizen.topics.domain.RateLimit;
import cloud.citizen.topics.domain.RealNameRequiredException;
import cloud.citizen.topics.domain.Topic;
import cloud.citizen.topics.domain.TopicClosedException;
import cloud.citizen.topics.domain.TopicNotFoundException;

/** A real-name verified citizen posts under an open topic; the filter decides published or held. */
public final class PublishPost {
    public static final String SERVICE_ID = "topics.post";
    /** Shown when the access token carries no name. */
    public static final String NEUTRAL_NAME = "市民";

    private final TopicStore topics;
    private final PostStore posts;
    private final ContentFilter filter;
    private final ImageCheck images;
    private final Optional<String> statsQueueUrl;
    private final Clock clock;

    public PublishPost(TopicStore topics, PostStore posts, ContentFilter filter, ImageCheck images,
            Optional<String> statsQueueUrl, Clock clock) {
        this.topics = topics;
        this.posts = posts;
        this.filter = filter;
        this.images = images;
        this.statsQueueUrl = statsQueueUrl;
        this.clock = clock;
    }

    public NewPost publish(Caller author, String topicId, String text, List<String> imageKeys) {
        if (!author.realNameVerified()) {
            throw new RealNameRequiredException();
        }
        Topic topic = topics.find(topicId).orElseThrow(TopicNotFoundException::new);
        if (!topic.isOpen()) {
            throw new TopicClosedException();
        }
        PostStatus status = filter.check(text).initialStatus();
        images.verify(author.userId(), imageKeys);
        Instant now = clock.instant();
        NewPost post = new NewPost(UUID.randomUUID().toString(), topic, author.userId(), authorName(author), text,
                imageKeys, status, now);
        posts.publish(post, RateLimit.POSTS, usage(author, now));
        return post;
    }

    static String authorName(Caller caller) {
        return caller.displayName().orElse(NEUTRAL_NAME);
    }

    private List<OutboxEvent> usage(Caller author, Instant now) {
        return statsQueueUrl.map(queue -> ServiceUse.of(UsageKind.POST, author.userId(), Optional.of(SERVICE_ID), 0, now)
                .toOutboxEvent(queue)).stream().toList();
    }
}
