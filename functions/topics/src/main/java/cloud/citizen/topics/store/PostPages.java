package cloud.citizen.topics.store;

import static cloud.citizen.platform.aws.Attributes.s;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;
import cloud.citizen.topics.domain.Post;
import cloud.citizen.topics.domain.PostOrder;
import cloud.citizen.topics.service.Viewer;

/**
 * A topic's posts a page at a time, straight from the index of the order asked (byNew or byHot,
 * descending). Posts the viewer may not see are dropped by a filter expression in DynamoDB, so a
 * query may return fewer than asked: the page is topped up from the next query, and the cursor is
 * the key of the last post shown (never an unseen one).
 */
public final class PostPages {
    private final DynamoDbClient dynamo;
    private final String table;
    private final CursorCodec cursors;

    public PostPages(DynamoDbClient dynamo, String table, CursorCodec cursors) {
        this.dynamo = dynamo;
        this.table = table;
        this.cursors = cursors;
    }

    public Page<Post> list(String topicId, PostOrder order, Viewer viewer, PageRequest page) {
        String index = order == PostOrder.NEW ? TopicsTable.BY_NEW : TopicsTable.BY_HOT;
        String pkName = order == PostOrder.NEW ? TopicsTable.NEW_PK : TopicsTable.HOT_PK;
        String skName = order == PostOrder.NEW ? TopicsTable.NEW_SK : TopicsTable.HOT_SK;
        String partition = TopicsTable.topicPartition(topicId);
        Map<String, AttributeValue> start = PageKeys.startKey(cursors, page.cursor(), pkName, partition, skName);
        List<Post> posts = new ArrayList<>();
        Map<String, AttributeValue> lastShown = null;
        while (true) {
            QueryResponse response = dynamo.query(query(index, pkName, partition, viewer, page.limit(), start));
            int used = 0;
            for (Map<String, AttributeValue> item : response.items()) {
                if (posts.size() == page.limit()) {
                    break;
                }
                posts.add(PostItems.post(item));
                lastShown = keyOf(item, pkName, skName);
                used++;
            }
            boolean more = used < response.items().size()
                    || (response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty());
            if (!more) {
                return new Page<>(posts, null);
            }
            if (posts.size() == page.limit()) {
                return new Page<>(posts, cursors.encode(lastShown));
            }
            start = response.lastEvaluatedKey();
        }
    }

    private QueryRequest query(String index, String pkName, String partition, Viewer viewer, int limit,
            Map<String, AttributeValue> start) {
        Map<String, String> names = new HashMap<>(Map.of("#pk", pkName));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s(partition)));
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).indexName(index)
                .keyConditionExpression("#pk = :pk").scanIndexForward(false).limit(limit).exclusiveStartKey(start);
        if (!viewer.moderator()) {
            // hidden and held posts are their author's and the moderators' only
            names.put("#status", "status");
            values.put(":published", s("PUBLISHED"));
            values.put(":me", s(viewer.userId()));
            query.filterExpression("#status = :published OR authorId = :me");
        }
        return query.expressionAttributeNames(names).expressionAttributeValues(values).build();
    }

    private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item, String pkName, String skName) {
        return Map.of("pk", item.get("pk"), "sk", item.get("sk"), pkName, item.get(pkName), skName, item.get(skName));
    }

    /** Which of the posts the user likes: one batch read of their like items. */
    public Set<String> likedBy(String userId, Collection<String> postIds) {
        Set<String> liked = new HashSet<>();
        if (postIds.isEmpty()) {
            return liked;
        }
        List<Map<String, AttributeValue>> keys = postIds.stream().distinct()
                .map(postId -> TopicsTable.likeKey(postId, userId)).toList();
        Map<String, KeysAndAttributes> pending = Map.of(table, KeysAndAttributes.builder().keys(keys)
                .projectionExpression("pk").consistentRead(true).build());
        while (!pending.isEmpty()) {
            Map<String, KeysAndAttributes> request = pending;
            var response = dynamo.batchGetItem(batch -> batch.requestItems(request));
            response.responses().getOrDefault(table, List.of())
                    .forEach(item -> liked.add(Attributes.text(item, "pk").substring("POST#".length())));
            pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
        }
        return liked;
    }
}
