package cloud.citizen.topics.store;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.s;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.topics.domain.WordList;
import cloud.citizen.topics.service.WordListStore;

/** The sensitive-word list as one item (key design in {@link TopicsTable}); a few thousand words fit well in 400 KB. */
public final class DynamoWordListStore implements WordListStore {
    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    public DynamoWordListStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public WordList load() {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table).key(TopicsTable.wordsKey())
                .consistentRead(true)).item();
        if (Attributes.isEmpty(item)) {
            return WordList.EMPTY;
        }
        return new WordList(list(item, "banned"), list(item, "review"), list(item, "allowed"),
                Optional.of(Instant.ofEpochMilli(Attributes.number(item, "updatedAt"))));
    }

    @Override
    public void save(WordList words, String adminId) {
        Map<String, AttributeValue> item = new HashMap<>(TopicsTable.wordsKey());
        item.put("banned", strings(words.banned()));
        item.put("review", strings(words.review()));
        item.put("allowed", strings(words.allowed()));
        item.put("updatedAt", n(clock.millis()));
        item.put("updatedBy", s(adminId));
        dynamo.putItem(put -> put.tableName(table).item(item));
    }

    private static AttributeValue strings(List<String> words) {
        return AttributeValue.fromL(words.stream().map(AttributeValue::fromS).toList());
    }

    private static List<String> list(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || !value.hasL() ? List.of() : value.l().stream().map(AttributeValue::s).toList();
    }
}
