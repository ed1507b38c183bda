package cloud.citizen.surveys.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;

import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.LambdaEvents;
import cloud.citizen.surveys.events.ExportWorkerHandler;

/** Plays Lambda's SQS event source for the export worker: delivers this export's message to the handler. */
public final class ExportQueue {
    private ExportQueue() {
    }

    /** Waits for the message of this export, hands it to the worker as a batch, and deletes it when processed. */
    public static SQSBatchResponse deliver(ExportWorkerHandler worker, String exportId) {
        SqsClient sqs = EmulatedAwsResource.aws().sqs();
        String queue = EmulatedAwsResource.resources().queueUrl("SurveysExportQueue");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            for (Message message : sqs.receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(1))
                    .messages()) {
                if (message.body().contains(exportId)) {
                    SQSBatchResponse response = worker.handleRequest(LambdaEvents.sqs(message), null);
                    if (response.getBatchItemFailures().isEmpty()) {
                        sqs.deleteMessage(d -> d.queueUrl(queue).receiptHandle(message.receiptHandle()));
                    }
                    return response;
                }
                // another test's export: nobody else consumes this queue in the test JVM
                sqs.deleteMessage(d -> d.queueUrl(queue).receiptHandle(message.receiptHandle()));
            }
        }
        throw new AssertionError("no message for export " + exportId + " on SurveysExportQueue");
    }

    /** Downloads a presigned link as a client would (no credentials). */
    public static HttpResponse<byte[]> download(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public static List<String> lines(byte[] body) {
        return new String(body, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    }
}
