package cloud.citizen.topics.store;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.s;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.topics.domain.Comment;
import cloud.citizen.topics.domain.HotScore;
import cloud.citizen.topics.domain.NewPost;
import cloud.citizen.topics.domain.Post;
import cloud.citizen.topics.domain.PostStatus;
import cloud.citizen.topics.domain.Topic;
import cloud.citizen.topics.domain.TopicStatus;

/** Topics, posts and comments to and from their items (key design in {@link TopicsTable}). */
final class PostItems {
    private PostItems() {
    }

    static Map<String, AttributeValue> topicItem(Topic topic) {
        Map<String, AttributeValue> item = new HashMap<>(TopicsTable.topicKey(topic.topicId()));
        item.put("topicId", s(topic.topicId()));
        item.put("title", s(topic.title()));
        item.put("description", s(topic.description()));
        topic.communityId().ifPresent(id -> item.put("communityId", s(id)));
        item.put("status", s(topic.status().name()));
        item.put("postCount", n(topic.postCount()));
        item.put("createdAt", n(topic.createdAt().toEpochMilli()));
        item.put("createdBy", s(topic.createdBy()));
        item.put(TopicsTable.NEW_PK, s(TopicsTable.TOPICS_PARTITION));
        item.put(TopicsTable.NEW_SK, s(TopicsTable.timeOrdered(topic.createdAt().toEpochMilli(), topic.topicId())));
        return item;
    }

    static Topic topic(Map<String, AttributeValue> item) {
        return new Topic(Attributes.text(item, "topicId"), Attributes.text(item, "title"),
                Attributes.text(item, "description"), Optional.ofNullable(Attributes.text(item, "communityId")),
                TopicStatus.valueOf(Attributes.text(item, "status")), Attributes.number(item, "postCount"),
                Instant.ofEpochMilli(Attributes.number(item, "createdAt")), Attributes.text(item, "createdBy"));
    }

    static Map<String, AttributeValue> postItem(NewPost post) {
        Map<String, AttributeValue> item = new HashMap<>(TopicsTable.postKey(post.postId()));
        String topicPartition = TopicsTable.topicPartition(post.topic().topicId());
        long created = post.createdAt().toEpochMilli();
        item.put("postId", s(post.postId()));
        item.put("topicId", s(post.topic().topicId()));
        post.topic().communityId().ifPresent(id -> item.put("communityId", s(id)));
        item.put("authorId", s(post.authorId()));
        item.put("authorName", s(post.authorName()));
        item.put("text", s(post.text()));
        item.put("imageKeys", AttributeValue.fromL(post.imageKeys().stream().map(AttributeValue::fromS).toList()));
        item.put("likeCount", n(0));
        item.put("commentCount", n(0));
        item.put("reportCount", n(0));
        item.put("status", s(post.status().name()));
        item.put("createdAt", n(created));
        item.put(TopicsTable.NEW_PK, s(topicPartition));
        item.put(TopicsTable.NEW_SK, s(TopicsTable.timeOrdered(created, post.postId())));
        item.put(TopicsTable.HOT_PK, s(topicPartition));
        item.put(TopicsTable.HOT_SK, n(HotScore.baseline(post.createdAt())));
        return item;
    }

    static Post post(Map<String, AttributeValue> item) {
        AttributeValue keys = item.get("imageKeys");
        List<String> imageKeys = keys == null || !keys.hasL() ? List.of()
                : keys.l().stream().map(AttributeValue::s).toList();
        return new Post(Attributes.text(item, "postId"), Attributes.text(item, "topicId"),
                Optional.ofNullable(Attributes.text(item, "communityId")), Attributes.text(item, "authorId"),
                Attributes.text(item, "authorName"), Attributes.text(item, "text"), imageKeys,
                Attributes.number(item, "likeCount"), Attributes.number(item, "commentCount"),
                PostStatus.valueOf(Attributes.text(item, "status")), item.containsKey("adoptedAt"),
                Instant.ofEpochMilli(Attributes.number(item, "createdAt")));
    }

    static Map<String, AttributeValue> commentItem(Comment comment) {
        long created = comment.createdAt().toEpochMilli();
        Map<String, AttributeValue> item = new HashMap<>(Attributes.key(TopicsTable.postPartition(comment.postId()),
                "COMMENT#" + TopicsTable.timeOrdered(created, comment.commentId())));
        item.put("commentId", s(comment.commentId()));
        item.put("postId", s(comment.postId()));
        item.put("authorId", s(comment.authorId()));
        item.put("authorName", s(comment.authorName()));
        item.put("text", s(comment.text()));
        item.put("status", s(comment.status().name()));
        item.put("createdAt", n(created));
        return item;
    }

    static Comment comment(Map<String, AttributeValue> item) {
        return new Comment(Attributes.text(item, "commentId"), Attributes.text(item, "postId"),
                Attributes.text(item, "authorId"), Attributes.text(item, "authorName"), Attributes.text(item, "text"),
                PostStatus.valueOf(Attributes.text(item, "status")),
                Instant.ofEpochMilli(Attributes.number(item, "createdAt")));
    }
}
