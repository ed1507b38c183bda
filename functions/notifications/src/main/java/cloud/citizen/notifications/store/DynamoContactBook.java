package cloud.citizen.notifications.store;

import static cloud.citizen.platform.aws.Attributes.isEmpty;
import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;

import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.notifications.service.ContactBook;

/**
 * Contact items ({@code CONTACT#{userId}, phone}, see {@link NotificationsTable}): written from the
 * accounts function's contact events, read to address user messages.
 */
public class DynamoContactBook implements ContactBook {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoContactBook(DynamoDbClient dynamo, NotificationsTable table) {
        this.dynamo = dynamo;
        this.table = table.name();
    }

    @Override
    public void save(String userId, String phone) {
        dynamo.putItem(put -> put.tableName(table).item(Map.of("pk", s("CONTACT#" + userId), "phone", s(phone))));
    }

    @Override
    public Optional<String> phoneOf(String userId) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table)
                .key(Map.of("pk", s("CONTACT#" + userId))).consistentRead(true)).item();
        return isEmpty(item) ? Optional.empty() : Optional.ofNullable(text(item, "phone"));
    }
}
