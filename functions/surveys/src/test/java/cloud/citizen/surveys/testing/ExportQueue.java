package cloud.citizen.surveys.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

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
        return new String(body, StandardCharsets.UTF_8).lines().toList();
    }

    /** The rows of an export (RFC 4180) after its 3-byte UTF-8 byte order mark, each as its cells. */
    public static List<List<String>> csvRows(byte[] body) throws Exception {
        String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        try (MappingIterator<String[]> rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(String[].class).readValues(csv)) {
            return rows.readAll().stream().map(Arrays::asList).toList();
        }
    }
}
