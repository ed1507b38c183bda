package cloud.citizen.topics.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * A question staff put to citizens. {@code communityId} scopes who moderates it: staff serving that
 * community (and admins); a city-wide topic (none) is moderated by any staff.
 */
public record Topic(String topicId, String title, String description, Optional<String> communityId,
        TopicStatus status, long postCount, Instant createdAt, String createdBy) {

    public boolean isOpen() {
        return status == TopicStatus.OPEN;
    }
}
