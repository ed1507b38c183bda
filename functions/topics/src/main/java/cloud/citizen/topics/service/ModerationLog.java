package cloud.citizen.topics.service;

import java.util.Optional;

import cloud.citizen.platform.outbox.OutboxEvent;
import cloud.citizen.topics.domain.ModerationRecord;
import cloud.citizen.topics.domain.Post;
import cloud.citizen.topics.domain.StatusChange;

/** Applies moderators' decisions to posts, each kept as an audit record. */
public interface ModerationLog {

    /**
     * Applies the change if the post is still in {@code change.from()}, with the audit record, the
     * topic's count and (for a first adoption) the author's notification, in one transaction.
     *
     * @param adoption the notification when this decision adopts the post; empty otherwise
     * @return false when the post changed meanwhile (the caller reads it again and retries)
     */
    boolean apply(Post post, StatusChange change, ModerationRecord record, Optional<OutboxEvent> adoption);
}
