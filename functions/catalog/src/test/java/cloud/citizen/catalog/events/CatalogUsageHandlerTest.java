package cloud.citizen.catalog.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.sqs.model.Message;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;

import cloud.citizen.catalog.CatalogComponents;
import cloud.citizen.catalog.CatalogSettings;
import cloud.citizen.catalog.domain.Owner;
import cloud.citizen.catalog.domain.Service;
import cloud.citizen.catalog.testing.CatalogFixtures;
import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.emulator.testing.LambdaEvents;
import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;
import io.quarkus.test.junit.QuarkusTest;

/** CatalogUsageFunction: absolute counts from stats, newest asOf wins whatever the delivery order. */
@QuarkusTest
@EmulatedAwsTest
class CatalogUsageHandlerTest {
    private static final Instant T0 = Instant.parse("2026-11-30T01:00:00Z");

    @Inject
    CatalogComponents components;

    CatalogUsageHandler handler;
    Service service;

    @BeforeEach
    void setUp() {
        // built as Lambda builds it: from the environment template.yaml gives CatalogUsageFunction
        Environment env = Environment.of(EmulatedAwsResource.stack().environmentOf("CatalogUsageFunction"));
        handler = new CatalogUsageHandler(new CatalogComponents(CatalogSettings.from(env), AwsClients.from(env),
                Clock.systemUTC()));
        var department = CatalogFixtures.department(components, "成都市水务局");
        service = CatalogFixtures.service(components, Owner.department(department.departmentId()), "水费缴纳");
    }

    @Test
    void aCount_reachesTheService_throughTheRealQueue() {
        var sqs = EmulatedAwsResource.aws().sqs();
        String queue = EmulatedAwsResource.resources().queueUrl("CatalogUsageQueue");
        sqs.sendMessage(send -> send.queueUrl(queue).messageBody(usage(service.serviceId(), 1234, T0)));
        List<Message> received = sqs.receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(2))
                .messages();

        SQSBatchResponse response = handler.handleRequest(LambdaEvents.sqs(received), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(usageCount()).isEqualTo(1234);
    }

    @Test
    void aRedeliveredMessage_changesNothing_andAnOlderOneCannotLowerTheCount() {
        String newer = usage(service.serviceId(), 500, T0.plusSeconds(60));
        handle(newer);
        handle(newer);
        handle(usage(service.serviceId(), 400, T0));
        assertThat(usageCount()).isEqualTo(500);

        handle(usage(service.serviceId(), 650, T0.plusSeconds(120)));
        assertThat(usageCount()).isEqualTo(650);
    }

    @Test
    void manyCountsDeliveredConcurrentlyInAnyOrder_leaveTheNewest() throws Exception {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(12));

        List<SQSBatchResponse> responses = Concurrently.run(30, 8, batch -> handler.handleRequest(LambdaEvents.sqs(
                order.subList(batch * 10, batch * 10 + 10).stream()
                        .map(i -> message(usage(service.serviceId(), 1000 + i, T0.plusSeconds(i)))).toList()), null));

        assertThat(responses).allMatch(r -> r.getBatchItemFailures().isEmpty());
        assertThat(usageCount()).isEqualTo(1299);
    }

    @Test
    void poisonMessages_areReportedAlone_andTheRestOfTheBatchIsStored() {
        Message good = message(usage(service.serviceId(), 77, T0));
        List<Message> poison = List.of(message("not json"),
                message("{\"type\":\"usage\",\"eventId\":\"e\",\"serviceId\":\"x\"}"),
                message(usage(service.serviceId(), -1, T0.plusSeconds(5))),
                message("{\"type\":\"service-usage\",\"serviceId\":\"" + service.serviceId()
                        + "\",\"usageCount\":\"9\",\"asOf\":\"2026-11-30T02:00:00Z\"}"),
                message("{\"type\":\"service-usage\",\"serviceId\":\"" + service.serviceId()
                        + "\",\"usageCount\":9,\"asOf\":\"yesterday\"}"));
        List<Message> batch = new ArrayList<>(poison);
        batch.add(1, good);

        SQSBatchResponse response = handler.handleRequest(LambdaEvents.sqs(batch), null);

        assertThat(response.getBatchItemFailures()).extracting(f -> f.getItemIdentifier())
                .containsExactlyInAnyOrderElementsOf(poison.stream().map(Message::messageId).toList());
        assertThat(usageCount()).isEqualTo(77);
    }

    @Test
    void aCountForAnUnknownService_isDropped_andCreatesNothing() {
        String unknown = CatalogFixtures.newId("svc");
        SQSBatchResponse response = handler.handleRequest(LambdaEvents.sqsBody(usage(unknown, 5, T0)), null);
        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(components.catalogStore().find(unknown)).isEmpty();
    }

    private void handle(String body) {
        assertThat(handler.handleRequest(LambdaEvents.sqsBody(body), null).getBatchItemFailures()).isEmpty();
    }

    private long usageCount() {
        return components.catalogStore().find(service.serviceId()).orElseThrow().usageCount();
    }

    private static Message message(String body) {
        return Message.builder().messageId(UUID.randomUUID().toString()).receiptHandle("rh").body(body).build();
    }

    private static String usage(String serviceId, long count, Instant asOf) {
        return "{\"type\":\"service-usage\",\"eventId\":\"" + UUID.randomUUID() + "\",\"serviceId\":\"" + serviceId
                + "\",\"usageCount\":" + count + ",\"asOf\":\"" + asOf + "\"}";
    }
}
