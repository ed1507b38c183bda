package cloud.citizen.bills.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.sqs.model.Message;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;

/** Events shaped as Lambda delivers them to the queue and bucket handlers. */
public final class LambdaEvents {
    private LambdaEvents() {
    }

    public static SQSEvent sqs(Message... messages) {
        SQSEvent event = new SQSEvent();
        event.setRecords(Arrays.stream(messages).map(LambdaEvents::record).toList());
        return event;
    }

    private static SQSEvent.SQSMessage record(Message message) {
        SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
        record.setMessageId(message.messageId());
        record.setReceiptHandle(message.receiptHandle());
        record.setBody(message.body());
        record.setMd5OfBody(message.md5OfBody());
        record.setEventSource("aws:sqs");
        record.setAwsRegion("us-east-1");
        record.setAttributes(Map.of("ApproximateReceiveCount", "1"));
        return record;
    }

    /** An ObjectCreated:Put notification; S3 sends keys URL-encoded (spaces as '+'). */
    public static S3Event s3Put(String bucket, String key, long size) {
        var object = new S3EventNotification.S3ObjectEntity(URLEncoder.encode(key, StandardCharsets.UTF_8)
                .replace("%2F", "/"), size, "etag", null, "0055AED6DCD90281E5");
        var bucketEntity = new S3EventNotification.S3BucketEntity(bucket,
                new S3EventNotification.UserIdentityEntity("A3NL1KOZZKExample"), "arn:aws:s3:::" + bucket);
        var s3 = new S3EventNotification.S3Entity("BillFileUploaded", bucketEntity, object, "1.0");
        var record = new S3EventNotification.S3EventNotificationRecord("us-east-1", "ObjectCreated:Put", "aws:s3",
                "2026-11-28T01:00:00.000Z", "2.1", new S3EventNotification.RequestParametersEntity("127.0.0.1"),
                new S3EventNotification.ResponseElementsEntity("x-amz-id-2", "x-amz-request-id"), s3,
                new S3EventNotification.UserIdentityEntity("AWS:AIDAJDPLRKLG7UEXAMPLE"));
        return new S3Event(List.of(record));
    }
}
