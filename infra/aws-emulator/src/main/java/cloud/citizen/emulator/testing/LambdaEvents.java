package cloud.citizen.emulator.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;

import software.amazon.awssdk.services.sqs.model.Message;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;

/**
 * Events shaped as Lambda delivers them, for calling queue, bucket and schedule handlers through
 * their real entry point in tests: SQS batches made of messages received from the emulated queue
 * (so receipt handles are real), S3 ObjectCreated notifications, EventBridge scheduled events.
 */
public final class LambdaEvents {
    private LambdaEvents() {
    }

    public static SQSEvent sqs(Message... messages) {
        return sqs(Arrays.asList(messages));
    }

    public static SQSEvent sqs(Collection<Message> messages) {
        SQSEvent event = new SQSEvent();
        event.setRecords(messages.stream().map(LambdaEvents::record).toList());
        return event;
    }

    /** A batch of one message with this body, as if it had been received just now. */
    public static SQSEvent sqsBody(String body) {
        return sqs(Message.builder().messageId(UUID.randomUUID().toString()).receiptHandle("rh").body(body).build());
    }

    private static SQSEvent.SQSMessage record(Message message) {
        SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
        record.setMessageId(message.messageId());
        record.setReceiptHandle(message.receiptHandle());
        record.setBody(message.body());
        record.setMd5OfBody(message.md5OfBody());
        record.setEventSource("aws:sqs");
        record.setAwsRegion("us-east-1");
        record.setAttributes(Map.of("ApproximateReceiveCount", "1",
                "SentTimestamp", Long.toString(Instant.now().toEpochMilli())));
        return record;
    }

    /** An ObjectCreated:Put notification; S3 sends keys URL-encoded (spaces as '+'). */
    public static S3Event s3Put(String bucket, String key, long size) {
        var object = new S3EventNotification.S3ObjectEntity(URLEncoder.encode(key, StandardCharsets.UTF_8)
                .replace("%2F", "/"), size, "etag", null, "0055AED6DCD90281E5");
        var bucketEntity = new S3EventNotification.S3BucketEntity(bucket,
                new S3EventNotification.UserIdentityEntity("A3NL1KOZZKExample"), "arn:aws:s3:::" + bucket);
        var s3 = new S3EventNotification.S3Entity("ObjectCreated", bucketEntity, object, "1.0");
        var record = new S3EventNotification.S3EventNotificationRecord("us-east-1", "ObjectCreated:Put", "aws:s3",
                Instant.now().toString(), "2.1", new S3EventNotification.RequestParametersEntity("127.0.0.1"),
                new S3EventNotification.ResponseElementsEntity("x-amz-id-2", "x-amz-request-id"), s3,
                new S3EventNotification.UserIdentityEntity("AWS:AIDAJDPLRKLG7UEXAMPLE"));
        return new S3Event(List.of(record));
    }

    /** What an EventBridge schedule delivers when it fires at {@code firedAt}. */
    public static ScheduledEvent scheduled(Instant firedAt, String ruleName) {
        ScheduledEvent event = new ScheduledEvent();
        event.setId(UUID.randomUUID().toString());
        event.setVersion("0");
        event.setDetailType("Scheduled Event");
        event.setSource("aws.events");
        event.setAccount("000000000000");
        event.setRegion("us-east-1");
        event.setTime(new DateTime(firedAt.toEpochMilli(), DateTimeZone.UTC));
        event.setResources(List.of("arn:aws:events:us-east-1:000000000000:rule/" + ruleName));
        event.setDetail(Map.of());
        return event;
    }
}
