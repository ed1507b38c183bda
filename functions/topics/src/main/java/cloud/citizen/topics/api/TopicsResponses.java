package cloud.citizen.topics.api;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import cloud.citizen.topics.domain.Comment;
import cloud.citizen.topics.domain.Post;
import cloud.citizen.topics.domain.Topic;
import cloud.citizen.topics.domain.WordList;
import cloud.citizen.topics.service.IssueUpload.IssuedUpload;
import cloud.citizen.topics.service.PostView;

/** Response bodies; times in the city's zone with offset, statuses in lower case. */
final class TopicsResponses {
    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private TopicsResponses() {
    }

    static String time(Instant instant) {
        return TIME.format(instant.atZone(CITY));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TopicResponse(String topicId, String title, String description, String status, long postCount,
            String communityId, String createdAt) {
        static TopicResponse of(Topic topic) {
            return new TopicResponse(topic.topicId(), topic.title(), topic.description(),
                    topic.status().name().toLowerCase(), topic.postCount(), topic.communityId().orElse(null),
                    time(topic.createdAt()));
        }
    }

    record CommentResponse(String commentId, String authorName, String text, String status, String createdAt) {
        static CommentResponse of(Comment comment) {
            return new CommentResponse(comment.commentId(), comment.authorName(), comment.text(),
                    comment.status().wireName(), time(comment.createdAt()));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PostResponse(String postId, String topicId, String authorName, String text, List<String> images,
            long likeCount, long commentCount, boolean likedByMe, String status, boolean adopted, String createdAt,
            List<CommentResponse> comments) {

        static PostResponse inList(PostView view) {
            return of(view, null);
        }

        static PostResponse withComments(PostView view) {
            return of(view, view.comments().stream().map(CommentResponse::of).toList());
        }

        private static PostResponse of(PostView view, List<CommentResponse> comments) {
            Post post = view.post();
            return new PostResponse(post.postId(), post.topicId(), post.authorName(), post.text(), view.imageUrls(),
                    post.likeCount(), post.commentCount(), view.likedByMe(), post.status().wireName(), post.adopted(),
                    time(post.createdAt()), comments);
        }
    }

    record CreatedPost(String postId, String status) {
    }

    record CreatedComment(String commentId, String postId, String status, String createdAt) {
        static CreatedComment of(Comment comment) {
            return new CreatedComment(comment.commentId(), comment.postId(), comment.status().wireName(),
                    time(comment.createdAt()));
        }
    }

    record UploadResponse(String uploadUrl, String key, String expiresAt, String contentType, long sizeBytes) {
        static UploadResponse of(IssuedUpload issued) {
            return new UploadResponse(issued.uploadUrl(), issued.upload().key(), time(issued.upload().expiresAt()),
                    issued.upload().type().contentType(), issued.upload().sizeBytes());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WordsResponse(List<String> banned, List<String> review, List<String> allowed, String updatedAt) {
        static WordsResponse of(WordList words) {
            return new WordsResponse(words.banned(), words.review(), words.allowed(),
                    words.updatedAt().map(TopicsResponses::time).orElse(null));
        }
    }
}
