package cloud.citizen.stats.events;

import static cloud.citizen.stats.testing.StatsFixtures.deliver;
import static cloud.citizen.stats.testing.StatsFixtures.noonOf;
import static cloud.citizen.stats.testing.StatsFixtures.use;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.sqs.model.Message;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;

import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.emulator.testing.LambdaEvents;
import cloud.citizen.platform.usage.ServiceUse;
import cloud.citizen.platform.usage.UsageKind;
import cloud.citizen.stats.StatsComponents;
import cloud.citizen.stats.domain.Counts;
import cloud.citizen.stats.store.DynamoUsageCounters;
import cloud.citizen.stats.testing.StatsFixtures;
import cloud.citizen.stats.testing.TestQueues;
import io.quarkus.test.junit.QuarkusTest;

/** The usage consumer through its Lambda entry point: exactly-once counting, poison messages. */
@QuarkusTest
@EmulatedAwsTest
class UsageEventsHandlerTest {
    private final StatsComponents components = StatsFixtures.components();
    private final UsageEventsHandler handler = new UsageEventsHandler(components);

    @Test
    void duplicateAndOutOfOrderDelivery_countsEachEventExactlyOnce() {
        LocalDate day = StatsFixtures.freshDay();
        String water = StatsFixtures.newId("bills.water");
        List<ServiceUse> uses = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            uses.add(use(UsageKind.PAYMENT, "u" + (i % 5), water, 100 + i, noonOf(day).plusSeconds(i)));
            uses.add(use(UsageKind.LOGIN, "u" + (i % 7), null, 0, noonOf(day.plusDays(1)).plusSeconds(i)));
        }
        Counts allTimeBefore = counters().allTime();

        deliver(handler, uses);
        List<ServiceUse> again = new ArrayList<>(uses);
        Collections.shuffle(again, new Random(7));
        again.addAll(again.subList(0, 9)); // some twice within the same batch
        deliver(handler, again);
        Collections.reverse(again);
        deliver(handler, again);

        Counts first = counters().day(day);
        assertThat(first.of(UsageKind.PAYMENT)).isEqualTo(37);
        assertThat(first.byService()).containsEntry(water, 37L);
        assertThat(first.amountPaidFen()).isEqualTo(37 * 100 + 36 * 37 / 2);
        assertThat(counters().day(day.plusDays(1)).of(UsageKind.LOGIN)).isEqualTo(37);
        assertThat(counters().allTime().byService()).containsEntry(water, 37L);
        assertThat(counters().allTime().of(UsageKind.LOGIN) - allTimeBefore.of(UsageKind.LOGIN)).isEqualTo(37);
        assertThat(StatsFixtures.figures(day).activeUsers()).isEqualTo(5);
        assertThat(StatsFixtures.figures(day.plusDays(1)).activeUsers()).isEqualTo(7);
    }

    @Test
    void sameEventsDeliveredByManyConsumersAtOnce_countOnce_andNoActiveUserIsLost() throws Exception {
        LocalDate day = StatsFixtures.freshDay();
        String service = StatsFixtures.newId("votes.ballot");
        List<ServiceUse> uses = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            uses.add(use(UsageKind.BALLOT, "voter-" + i, service, 0, noonOf(day).plusSeconds(i)));
        }
        // 300 events in 30 batches, each batch delivered 8 times by concurrent consumers: 240 deliveries
        List<SQSBatchResponse> responses = Concurrently.run(240, 16, i -> handler.handleRequest(
                StatsFixtures.batch(uses.subList((i % 30) * 10, (i % 30) * 10 + 10)), null));

        assertThat(responses).allSatisfy(r -> assertThat(r.getBatchItemFailures()).isEmpty());
        assertThat(counters().day(day).of(UsageKind.BALLOT)).isEqualTo(300);
        assertThat(counters().allTime().byService()).containsEntry(service, 300L);
        // a lost sketch update would lose a whole batch of ten voters
        assertThat(StatsFixtures.figures(day).activeUsers()).isEqualTo(300);
    }

    @Test
    void aMalformedMessage_isReportedAlone_andTheRestOfTheBatchIsCounted() {
        LocalDate day = StatsFixtures.freshDay();
        ServiceUse good = use(UsageKind.POST, "poster", "topics.post", 0, noonOf(day));
        Message notJson = StatsFixtures.message("{not json");
        Message unknownKind = StatsFixtures.message(good.toJson().replace("\"post\"", "\"teleport\""));
        Message noUser = StatsFixtures.message(good.toJson().replace("\"userId\":\"poster\",", ""));

        SQSBatchResponse response = handler.handleRequest(LambdaEvents.sqs(notJson,
                StatsFixtures.message(good.toJson()), unknownKind, noUser), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactlyInAnyOrder(notJson.messageId(), unknownKind.messageId(), noUser.messageId());
        assertThat(counters().day(day).of(UsageKind.POST)).isEqualTo(1);
    }

    @Test
    void poisonEvent_endsInTheDeadLetterQueue_afterFiveFailedDeliveries() {
        String queue = TestQueues.url("StatsQueue");
        String poison = "{\"type\":\"usage\",\"eventId\":\"" + StatsFixtures.newId("poison") + "\",\"kind\":\"nonsense\"}";
        TestQueues.send(queue, poison);

        for (int delivery = 1; delivery <= 5; delivery++) {
            Message message = TestQueues.take(queue, poison::equals, Duration.ofSeconds(10)).orElseThrow(
                    () -> new AssertionError("the poison event was not delivered again"));
            SQSBatchResponse response = handler.handleRequest(LambdaEvents.sqs(message), null);
            assertThat(response.getBatchItemFailures()).hasSize(1);
            TestQueues.release(queue, message); // what Lambda does with a reported failure
        }

        // maxReceiveCount 5 (template.yaml): the sixth receive moves it to StatsDeadLetterQueue
        assertThat(TestQueues.take(queue, poison::equals, Duration.ofSeconds(2))).isEmpty();
        String deadLetters = TestQueues.url("StatsDeadLetterQueue");
        Message dead = TestQueues.take(deadLetters, poison::equals, Duration.ofSeconds(10)).orElseThrow();
        TestQueues.delete(deadLetters, dead);
    }

    private static DynamoUsageCounters counters() {
        return StatsFixtures.counters();
    }
}
