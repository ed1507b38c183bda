package cloud.citizen.topics.events;

import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cloud.citizen.platform.outbox.OutboxEvent;
import cloud.citizen.topics.domain.Post;
import cloud.citizen.topics.service.ModeratePost;

/**
 * The messages this function publishes besides usage events: a {@code user-message} to the
 * notifications function ({@code eventId, userId, text}, docs/events.md) telling an author that
 * staff adopted their suggestion.
 */
public final class TopicsMessages implements ModeratePost.AdoptionNotice {
    public static final String USER_MESSAGE = "user-message";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<String> notificationsQueueUrl;

    public TopicsMessages(Optional<String> notificationsQueueUrl) {
        this.notificationsQueueUrl = notificationsQueueUrl;
    }

    @Override
    public Optional<OutboxEvent> forAuthorOf(Post post) {
        return notificationsQueueUrl.map(queue -> {
            String eventId = OutboxEvent.newEventId();
            return new OutboxEvent(eventId, USER_MESSAGE, queue, userMessage(eventId, post.authorId(),
                    "您在生活圈的建议已被采纳，感谢您的参与！Your suggestion in the life circle was adopted. Thank you!"));
        });
    }

    static String userMessage(String eventId, String userId, String text) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", USER_MESSAGE);
        body.put("eventId", eventId);
        body.put("userId", userId);
        body.put("text", text);
        return body.toString();
    }
}
