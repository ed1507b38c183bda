package cloud.citizen.votes.events;

import static cloud.citizen.votes.testing.VotesFixtures.json;
import static cloud.citizen.votes.testing.VotesFixtures.newId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.sqs.model.Message;

import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.emulator.testing.LambdaEvents;
import cloud.citizen.votes.VotesComponents;
import cloud.citizen.votes.domain.DirectoryUser;
import cloud.citizen.votes.testing.VotesFixtures;
import io.quarkus.test.junit.QuarkusTest;

/** Accounts' user events, as the queue delivers them, into votes' directory. */
@QuarkusTest
@EmulatedAwsTest
class UserDirectoryHandlerTest {

    private static VotesComponents directoryComponents() {
        return VotesFixtures.components(EmulatedAwsResource.stack().environmentOf("VotesUserDirectoryFunction"),
                java.time.Clock.systemUTC());
    }

    private static String event(String type, String eventId, String userId, String name, Instant at) {
        return json(Map.of("type", type, "eventId", eventId, "userId", userId, "displayName", name, "occurredAt", at.toString()));
    }

    @Test
    void eventsFromTheQueue_registerThenVerify_andARedeliveryChangesNothing() {
        String user = newId("u");
        Instant t = Instant.now();
        String queue = EmulatedAwsResource.resources().queueUrl("UserDirectoryQueue");
        var sqs = EmulatedAwsResource.aws().sqs();
        sqs.sendMessage(m -> m.queueUrl(queue).messageBody(event("user-registered", newId("ev"), user, "张三", t)));
        String verifiedId = newId("ev");
        sqs.sendMessage(m -> m.queueUrl(queue).messageBody(event("user-verified", verifiedId, user, "张三", t.plusSeconds(1))));
        List<Message> received = new java.util.ArrayList<>();
        for (int i = 0; i < 10 && received.stream().filter(m -> m.body().contains(user)).count() < 2; i++) {
            received.addAll(sqs.receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(1)).messages());
        }
        List<Message> ours = received.stream().filter(m -> m.body().contains(user)).toList();

        var response = new UserDirectoryHandler(directoryComponents()).handleRequest(LambdaEvents.sqs(ours), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(directoryComponents().userDirectory().user(user)).contains(new DirectoryUser(user, "张三", true));
    }

    @Test
    void anOlderRename_arrivingLate_doesNotOverwriteANewerName_butVerificationStillCounts() {
        String user = newId("u");
        Instant t = Instant.now();
        var handler = new UserDirectoryHandler(directoryComponents());
        handler.handleRequest(LambdaEvents.sqsBody(event("user-renamed", newId("ev"), user, "新名字", t.plusSeconds(10))), null);
        handler.handleRequest(LambdaEvents.sqsBody(event("user-verified", newId("ev"), user, "旧名字", t)), null);
        String duplicate = newId("ev");
        handler.handleRequest(LambdaEvents.sqsBody(event("user-renamed", duplicate, user, "再改", t.plusSeconds(20))), null);
        handler.handleRequest(LambdaEvents.sqsBody(event("user-renamed", duplicate, user, "再改", t.plusSeconds(20))), null);

        assertThat(directoryComponents().userDirectory().user(user)).contains(new DirectoryUser(user, "再改", true));
    }

    @Test
    void aPoisonMessage_isReportedAlone() {
        String user = newId("u");
        var event = LambdaEvents.sqs(
                Message.builder().messageId("bad").receiptHandle("rh1").body("{\"type\":\"user-deleted\"}").build(),
                Message.builder().messageId("good").receiptHandle("rh2")
                        .body(event("user-registered", newId("ev"), user, "李四", Instant.now())).build());

        var response = new UserDirectoryHandler(directoryComponents()).handleRequest(event, null);

        assertThat(response.getBatchItemFailures()).extracting(f -> f.getItemIdentifier()).containsExactly("bad");
        assertThat(directoryComponents().userDirectory().user(user)).contains(new DirectoryUser(user, "李四", false));
    }
}
