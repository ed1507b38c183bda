package cloud.citizen.topics.service;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;
import cloud.citizen.topics.domain.NotModeratorException;
import cloud.citizen.topics.domain.Topic;
import cloud.citizen.topics.domain.TopicNotFoundException;
import cloud.citizen.topics.domain.TopicStatus;

/** Staff put topics to citizens, open and close them; everyone signed in lists them. */
public final class ManageTopics {
    private final TopicStore topics;
    private final Clock clock;

    public ManageTopics(TopicStore topics, Clock clock) {
        this.topics = topics;
        this.clock = clock;
    }

    /** A topic of a community may be created only by staff who serve it. */
    public Topic create(Caller staff, String title, String description, Optional<String> communityId) {
        if (!Viewer.moderates(staff, communityId)) {
            throw new NotModeratorException();
        }
        Topic topic = new Topic(UUID.randomUUID().toString(), title, description, communityId, TopicStatus.OPEN, 0,
                clock.instant(), staff.userId());
        topics.create(topic);
        return topic;
    }

    public Topic changeStatus(Caller staff, String topicId, TopicStatus status) {
        Topic topic = topics.find(topicId).orElseThrow(TopicNotFoundException::new);
        if (!Viewer.moderates(staff, topic.communityId())) {
            throw new NotModeratorException();
        }
        return topics.changeStatus(topicId, status).orElseThrow(TopicNotFoundException::new);
    }

    public Page<Topic> list(PageRequest page) {
        return topics.list(page);
    }
}
