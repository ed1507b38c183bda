package cloud.citizen.notifications.store;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.notifications.domain.ContactBook;

/**
 * NotificationsTable, contact items: {@code pk = CONTACT#{userId}, phone}. Written from the
 * accounts function's contact events; read to address user messages. The notifications function
 * keeps its own copy so it never reads the accounts table (DESIGN.md principle 2).
 */
@ApplicationScoped
public class DynamoContactBook implements ContactBook {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoContactBook(DynamoDbClient dynamo, @ConfigProperty(name = "citizen.notifications.table") String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void save(String userId, String phone) {
        dynamo.putItem(put -> put.tableName(table).item(Map.of("pk", AttributeValue.fromS("CONTACT#" + userId),
                "phone", AttributeValue.fromS(phone))));
    }

    @Override
    public Optional<String> phoneOf(String userId) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table)
                .key(Map.of("pk", AttributeValue.fromS("CONTACT#" + userId))).consistentRead(true)).item();
        return item == null || !item.containsKey("phone") ? Optional.empty() : Optional.of(item.get("phone").s());
    }
}
