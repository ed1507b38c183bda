package cloud.citizen.topics.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import cloud.citizen.emulator.testing.CountedQueries;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.emulator.testing.MovableClock;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;
import cloud.citizen.topics.domain.Topic;
import cloud.citizen.topics.domain.TopicStatus;
import io.quarkus.test.junit.QuarkusTest;

/** The topic list's first pages, kept by an instance for a few seconds: fewer Queries, its own writes at once. */
@QuarkusTest
@EmulatedAwsTest
class ListedTopicsTest {
    private final CountedQueries queries = new CountedQueries();
    private final MovableClock clock = new MovableClock(Instant.now());
    private final DynamoDbClient dynamo = queries.client();
    private final String table = EmulatedAwsResource.resources().tableName("TopicsTable");
    private final CursorCodec cursors = new CursorCodec("test-key");
    private final DynamoTopicStore instance = new DynamoTopicStore(dynamo, table, cursors, new ListedTopics(clock));
    private final DynamoTopicStore otherInstance = new DynamoTopicStore(dynamo, table, cursors, new ListedTopics(clock));

    @Test
    void firstPage_isQueriedOnce_whileFresh() {
        Page<Topic> first = instance.list(PageRequest.of("3", null));
        clock.move(ListedTopics.FRESH_FOR.minusMillis(1));

        assertThat(instance.list(PageRequest.of("3", null))).isEqualTo(first);
        assertThat(queries.count()).isEqualTo(1);
    }

    @Test
    void anInstancesOwnNewTopic_isListedAtOnce() {
        instance.list(PageRequest.of("5", null));
        Topic created = topic();

        instance.create(created);

        assertThat(instance.list(PageRequest.of("5", null)).items()).extracting(Topic::topicId).contains(created.topicId());
    }

    @Test
    void anotherInstancesNewTopic_isListedOnceTheFirstPageIsNoLongerFresh() {
        instance.list(PageRequest.of("5", null));
        Topic created = topic();

        otherInstance.create(created);

        assertThat(instance.list(PageRequest.of("5", null)).items()).extracting(Topic::topicId).doesNotContain(created.topicId());
        clock.move(ListedTopics.FRESH_FOR);
        assertThat(instance.list(PageRequest.of("5", null)).items()).extracting(Topic::topicId).contains(created.topicId());
    }

    @Test
    void laterPages_areAlwaysQueried() {
        instance.create(topic());
        instance.create(topic());
        String cursor = instance.list(PageRequest.of("1", null)).nextCursor();
        int before = queries.count();

        instance.list(PageRequest.of("1", cursor));
        instance.list(PageRequest.of("1", cursor));

        assertThat(queries.count() - before).isEqualTo(2);
    }

    private Topic topic() {
        return new Topic(UUID.randomUUID().toString(), "缓存测试", "", Optional.empty(), TopicStatus.OPEN, 0, clock.instant(),
                "staff-1");
    }
}
