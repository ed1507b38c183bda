package cloud.citizen.topics.store;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.s;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.platform.aws.TransactionFailures;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.outbox.OutboxEvent;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;
import cloud.citizen.topics.domain.BadImageException;
import cloud.citizen.topics.domain.Comment;
import cloud.citizen.topics.domain.HotScore;
import cloud.citizen.topics.domain.NewPost;
import cloud.citizen.topics.domain.Post;
import cloud.citizen.topics.domain.PostOrder;
import cloud.citizen.topics.domain.PostStatus;
import cloud.citizen.topics.domain.RateLimit;
import cloud.citizen.topics.domain.RateLimitedException;
import cloud.citizen.topics.domain.TopicClosedException;
import cloud.citizen.topics.service.PostStore;
import cloud.citizen.topics.service.Viewer;

/** Posts and comments in TopicsTable (key design in {@link TopicsTable}). */
public final class DynamoPostStore implements PostStore {
    private static final int POST = 0;
    private static final int TOPIC = 1;
    private static final int SLOT = 2;
    private static final int FIRST_IMAGE = 3;

    private final DynamoDbClient dynamo;
    private final String table;
    private final Outbox outbox;
    private final RateWindows windows;
    private final PostPages pages;
    private final Clock clock;
    private final ListedTopics listed;

    public DynamoPostStore(DynamoDbClient dynamo, String table, Outbox outbox, PostPages pages, Clock clock,
            ListedTopics listed) {
        this.dynamo = dynamo;
        this.table = table;
        this.outbox = outbox;
        this.windows = new RateWindows(dynamo, table);
        this.pages = pages;
        this.clock = clock;
        this.listed = listed;
    }

    @Override
    public void publish(NewPost post, RateLimit limit, List<OutboxEvent> events) {
        // every failed attempt lost a slot race to a concurrent post that succeeded, so max + 1 rounds settle it
        for (int attempt = 0; attempt <= limit.max(); attempt++) {
            List<TransactWriteItem> items = new ArrayList<>();
            items.add(TransactWriteItem.builder().put(put -> put.tableName(table).item(PostItems.postItem(post))
                    .conditionExpression("attribute_not_exists(pk)")).build());
            items.add(topicCounts(post));
            items.add(windows.takeSlot(post.authorId(), limit, clock.instant()));
            post.imageKeys().forEach(key -> items.add(claimUpload(key, post)));
            events.forEach(event -> items.add(outbox.record(event)));
            try {
                Transactions.write(dynamo, items);
                listed.changed();
                events.forEach(outbox::deliver);
                return;
            } catch (TransactionCanceledException e) {
                failure(e, post);
            }
        }
        throw new RateLimitedException(limit, 1);
    }

    /** Throws the refusal a cancelled post transaction stands for; returns when a retry may succeed. */
    private static void failure(TransactionCanceledException e, NewPost post) {
        if (TransactionFailures.conditionFailed(e, TOPIC)) {
            throw new TopicClosedException();
        }
        for (int i = 0; i < post.imageKeys().size(); i++) {
            if (TransactionFailures.conditionFailed(e, FIRST_IMAGE + i)) {
                throw new BadImageException(post.imageKeys().get(i), "is already used by another post");
            }
        }
        if (!TransactionFailures.conditionFailed(e, SLOT) && !TransactionFailures.conflicted(e)) {
            throw e;
        }
    }

    /** A published post counts on its topic; a held one only needs the topic to be open. */
    private TransactWriteItem topicCounts(NewPost post) {
        Map<String, String> names = Map.of("#status", "status");
        Map<String, AttributeValue> key = TopicsTable.topicKey(post.topic().topicId());
        if (post.status() != PostStatus.PUBLISHED) {
            return TransactWriteItem.builder().conditionCheck(check -> check.tableName(table).key(key)
                    .conditionExpression("#status = :open").expressionAttributeNames(names)
                    .expressionAttributeValues(Map.of(":open", s("OPEN")))).build();
        }
        return TransactWriteItem.builder().update(update -> update.tableName(table).key(key)
                .updateExpression("ADD postCount :one").conditionExpression("#status = :open")
                .expressionAttributeNames(names).expressionAttributeValues(Map.of(":open", s("OPEN"), ":one", n(1))))
                .build();
    }

    /** An image belongs to one post, and only to a post of the citizen who uploaded it. */
    private TransactWriteItem claimUpload(String key, NewPost post) {
        return TransactWriteItem.builder().update(update -> update.tableName(table).key(TopicsTable.uploadKey(key))
                .updateExpression("SET usedBy = :post REMOVE #ttl")
                .conditionExpression("ownerId = :author AND attribute_not_exists(usedBy)")
                .expressionAttributeNames(Map.of("#ttl", "ttl"))
                .expressionAttributeValues(Map.of(":post", s(post.postId()), ":author", s(post.authorId()))))
                .build();
    }

    @Override
    public Optional<Post> find(String postId) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table)
                .key(TopicsTable.postKey(postId)).consistentRead(true)).item();
        return Attributes.isEmpty(item) ? Optional.empty() : Optional.of(PostItems.post(item));
    }

    @Override
    public Page<Post> list(String topicId, PostOrder order, Viewer viewer, PageRequest page) {
        return pages.list(topicId, order, viewer, page);
    }

    @Override
    public Set<String> likedBy(String userId, Collection<String> postIds) {
        return pages.likedBy(userId, postIds);
    }

    @Override
    public void addComment(Comment comment, RateLimit limit) {
        boolean published = comment.status() == PostStatus.PUBLISHED;
        for (int attempt = 0; attempt <= limit.max(); attempt++) {
            TransactWriteItem counters = commentCounts(comment.postId(), published);
            List<TransactWriteItem> items = List.of(
                    TransactWriteItem.builder().put(put -> put.tableName(table).item(PostItems.commentItem(comment))
                            .conditionExpression("attribute_not_exists(pk)")).build(),
                    counters, windows.takeSlot(comment.authorId(), limit, clock.instant()));
            try {
                Transactions.write(dynamo, items);
                return;
            } catch (TransactionCanceledException e) {
                if (!TransactionFailures.conditionFailed(e, SLOT) && !TransactionFailures.conflicted(e)) {
                    throw e;
                }
            }
        }
        throw new RateLimitedException(limit, 1);
    }

    /** A published comment counts on its post and warms its hot key; a held one needs the post only. */
    private TransactWriteItem commentCounts(String postId, boolean published) {
        Map<String, AttributeValue> key = TopicsTable.postKey(postId);
        if (!published) {
            return TransactWriteItem.builder().conditionCheck(check -> check.tableName(table).key(key)
                    .conditionExpression("attribute_exists(pk)")).build();
        }
        return TransactWriteItem.builder().update(update -> update.tableName(table).key(key)
                .updateExpression("ADD commentCount :one, #hot :weight").conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(Map.of("#hot", TopicsTable.HOT_SK))
                .expressionAttributeValues(Map.of(":one", n(1), ":weight", n(HotScore.COMMENT)))).build();
    }

    @Override
    public List<Comment> comments(String postId, int max) {
        return dynamo.query(q -> q.tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :comment)")
                .expressionAttributeValues(Map.of(":pk", s(TopicsTable.postPartition(postId)), ":comment", s("COMMENT#")))
                .limit(max)).items().stream().map(PostItems::comment).toList();
    }
}
