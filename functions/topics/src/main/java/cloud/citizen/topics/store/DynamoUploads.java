package cloud.citizen.topics.store;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.s;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.topics.domain.ImageType;
import cloud.citizen.topics.domain.Upload;
import cloud.citizen.topics.service.Uploads;

/** Upload records (key design in {@link TopicsTable}); one that no post used expires after a day. */
public final class DynamoUploads implements Uploads {
    private static final Duration UNUSED_LIFETIME = Duration.ofDays(1);

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoUploads(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void record(Upload upload) {
        Map<String, AttributeValue> item = new HashMap<>(TopicsTable.uploadKey(upload.key()));
        item.put("ownerId", s(upload.ownerId()));
        item.put("contentType", s(upload.type().contentType()));
        item.put("sizeBytes", n(upload.sizeBytes()));
        item.put("expiresAt", n(upload.expiresAt().toEpochMilli()));
        item.put("ttl", n(upload.expiresAt().plus(UNUSED_LIFETIME).getEpochSecond()));
        dynamo.putItem(put -> put.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
    }

    @Override
    public Optional<Upload> find(String key) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table)
                .key(TopicsTable.uploadKey(key)).consistentRead(true)).item();
        if (Attributes.isEmpty(item)) {
            return Optional.empty();
        }
        return Optional.of(new Upload(key, Attributes.text(item, "ownerId"),
                ImageType.fromContentType(Attributes.text(item, "contentType")).orElseThrow(),
                Attributes.number(item, "sizeBytes"), Instant.ofEpochMilli(Attributes.number(item, "expiresAt"))));
    }
}
