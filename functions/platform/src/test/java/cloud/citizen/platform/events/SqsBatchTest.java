package cloud.citizen.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

class SqsBatchTest {

    @Test
    void process_reportsOnlyTheFailedMessages() {
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(message("m1", "ok"), message("m2", "poison"), message("m3", "ok")));
        List<String> done = new ArrayList<>();

        SQSBatchResponse response = SqsBatch.process(event, body -> {
            if (body.equals("poison")) {
                throw new IllegalArgumentException("bad");
            }
            done.add(body);
        });

        assertThat(done).hasSize(2);
        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("m2");
    }

    private static SQSEvent.SQSMessage message(String id, String body) {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId(id);
        message.setBody(body);
        return message;
    }
}
