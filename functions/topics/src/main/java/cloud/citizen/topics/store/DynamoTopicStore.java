package cloud.citizen.topics.store;

import static cloud.citizen.platform.aws.Attributes.s;

import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;
import cloud.citizen.topics.domain.Topic;
import cloud.citizen.topics.domain.TopicStatus;
import cloud.citizen.topics.service.TopicStore;

/** Topics in TopicsTable (key design in {@link TopicsTable}). */
public final class DynamoTopicStore implements TopicStore {
    private final DynamoDbClient dynamo;
    private final String table;
    private final CursorCodec cursors;
    private final ListedTopics listed;

    public DynamoTopicStore(DynamoDbClient dynamo, String table, CursorCodec cursors, ListedTopics listed) {
        this.dynamo = dynamo;
        this.table = table;
        this.cursors = cursors;
        this.listed = listed;
    }

    @Override
    public void create(Topic topic) {
        dynamo.putItem(put -> put.tableName(table).item(PostItems.topicItem(topic))
                .conditionExpression("attribute_not_exists(pk)"));
        listed.changed();
    }

    @Override
    public Optional<Topic> find(String topicId) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table)
                .key(TopicsTable.topicKey(topicId)).consistentRead(true)).item();
        return Attributes.isEmpty(item) ? Optional.empty() : Optional.of(PostItems.topic(item));
    }

    @Override
    public Optional<Topic> changeStatus(String topicId, TopicStatus status) {
        try {
            Map<String, AttributeValue> item = dynamo.updateItem(update -> update.tableName(table)
                    .key(TopicsTable.topicKey(topicId)).updateExpression("SET #status = :status")
                    .conditionExpression("attribute_exists(pk)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":status", s(status.name())))
                    .returnValues(ReturnValue.ALL_NEW)).attributes();
            listed.changed();
            return Optional.of(PostItems.topic(item));
        } catch (ConditionalCheckFailedException absent) {
            return Optional.empty();
        }
    }

    @Override
    public Page<Topic> list(PageRequest page) {
        return page.cursor() == null ? listed.firstPage(page.limit(), () -> query(page)) : query(page);
    }

    private Page<Topic> query(PageRequest page) {
        Map<String, AttributeValue> start = PageKeys.startKey(cursors, page.cursor(), TopicsTable.NEW_PK,
                TopicsTable.TOPICS_PARTITION, TopicsTable.NEW_SK);
        QueryResponse response = dynamo.query(q -> q.tableName(table).indexName(TopicsTable.BY_NEW)
                .keyConditionExpression("#pk = :pk").expressionAttributeNames(Map.of("#pk", TopicsTable.NEW_PK))
                .expressionAttributeValues(Map.of(":pk", s(TopicsTable.TOPICS_PARTITION)))
                .scanIndexForward(false).limit(page.limit()).exclusiveStartKey(start));
        return new Page<>(response.items().stream().map(PostItems::topic).toList(),
                cursors.encode(response.lastEvaluatedKey()));
    }
}
