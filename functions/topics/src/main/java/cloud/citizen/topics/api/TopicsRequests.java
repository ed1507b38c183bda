package cloud.citizen.topics.api;

import java.util.List;

import cloud.citizen.topics.domain.ModerationAction;
import cloud.citizen.topics.domain.TopicStatus;

/** Request bodies, as the app sends them; {@link TopicsValidation} checks them before any use case runs. */
final class TopicsRequests {
    private TopicsRequests() {
    }

    record TopicRequest(String title, String description, String communityId) {
    }

    record TopicStatusRequest(TopicStatus status) {
    }

    record PostRequest(String text, List<String> imageKeys) {
    }

    record CommentRequest(String text) {
    }

    record ReportRequest(String reason) {
    }

    record ModerationRequest(ModerationAction action, String note) {
    }

    record UploadRequest(String contentType, Long sizeBytes) {
    }

    record WordsRequest(List<String> banned, List<String> review, List<String> allowed) {
    }
}
