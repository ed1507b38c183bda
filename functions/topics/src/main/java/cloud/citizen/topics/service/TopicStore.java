package cloud.citizen.topics.service;

import java.util.Optional;

import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;
import cloud.citizen.topics.domain.Topic;
import cloud.citizen.topics.domain.TopicStatus;

/** Where topics live. */
public interface TopicStore {

    void create(Topic topic);

    Optional<Topic> find(String topicId);

    /** @return the topic as changed, empty when there is no such topic */
    Optional<Topic> changeStatus(String topicId, TopicStatus status);

    /** Newest first. */
    Page<Topic> list(PageRequest page);
}
