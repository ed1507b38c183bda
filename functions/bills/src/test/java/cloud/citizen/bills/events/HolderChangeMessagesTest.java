package cloud.citizen.bills.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.platform.outbox.OutboxEvent;

/** What a citizen whose binding a holder change ended is told, and that one change tells them once. */
class HolderChangeMessagesTest {
    private final HolderChangeMessages messages = new HolderChangeMessages("notifications-queue");
    private final ProviderAccount account = new ProviderAccount("chengdu-water", "W51000123");

    @Test
    void bindingEnded_isAUserMessage_namingTheProviderAndTheMaskedNumber_andHowToBindAgain() throws Exception {
        OutboxEvent event = messages.bindingEnded(account, "u-former", "change-1");

        assertThat(event.queueUrl()).isEqualTo("notifications-queue");
        assertThat(event.type()).isEqualTo(BillsMessages.USER_MESSAGE);
        JsonNode body = new ObjectMapper().readTree(event.body());
        assertThat(body.get("eventId").asText()).isEqualTo(event.eventId());
        assertThat(body.get("type").asText()).isEqualTo("user-message");
        assertThat(body.get("userId").asText()).isEqualTo("u-former");
        assertThat(body.get("text").asText()).contains("chengdu-water", "*****0123", "户主已变更", "新户主", "重新绑定")
                .doesNotContain("W51000123");
    }

    @Test
    void theEventId_isTheSameForEveryAttemptAtOneChangeAndCitizen_andDiffersOtherwise() {
        String id = messages.bindingEnded(account, "u-former", "change-1").eventId();

        assertThat(messages.bindingEnded(account, "u-former", "change-1").eventId()).isEqualTo(id);
        assertThat(messages.bindingEnded(account, "u-other", "change-1").eventId()).isNotEqualTo(id);
        assertThat(messages.bindingEnded(account, "u-former", "change-2").eventId()).isNotEqualTo(id);
    }
}
