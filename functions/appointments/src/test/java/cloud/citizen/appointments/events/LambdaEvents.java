package cloud.citizen.appointments.events;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;

import software.amazon.awssdk.services.sqs.model.Message;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

import cloud.citizen.appointments.AppointmentsGraph;
import cloud.citizen.emulator.testing.EmulatedAwsResource;

/**
 * Events shaped as Lambda delivers them (SQS batch records, EventBridge scheduled events), and the
 * handlers built as Lambda builds them: from their own function's environment in template.yaml.
 */
public final class LambdaEvents {
    private LambdaEvents() {
    }

    public static WaitlistPromotionHandler waitlistPromotionHandler() {
        return new WaitlistPromotionHandler(graphOf("WaitlistPromotionFunction"));
    }

    public static AppointmentRemindersHandler remindersHandler() {
        return new AppointmentRemindersHandler(graphOf("AppointmentRemindersFunction"));
    }

    private static AppointmentsGraph graphOf(String function) {
        return AppointmentsGraph.fromEnvironment(EmulatedAwsResource.stack().environmentOf(function), Clock.systemUTC());
    }

    public static SQSEvent sqs(List<Message> messages) {
        String arn = EmulatedAwsResource.resources().arn("WaitlistQueue");
        SQSEvent event = new SQSEvent();
        event.setRecords(messages.stream().map(message -> {
            SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
            record.setMessageId(message.messageId());
            record.setReceiptHandle(message.receiptHandle());
            record.setBody(message.body());
            record.setMd5OfBody(message.md5OfBody());
            record.setEventSource("aws:sqs");
            record.setEventSourceArn(arn);
            record.setAwsRegion("us-east-1");
            record.setAttributes(Map.of("ApproximateReceiveCount", "1", "SentTimestamp",
                    Long.toString(Instant.now().toEpochMilli())));
            return record;
        }).toList());
        return event;
    }

    public static SQSEvent sqsBody(String body) {
        return sqs(List.of(Message.builder().messageId(UUID.randomUUID().toString()).receiptHandle("rh").body(body)
                .build()));
    }

    /** What an EventBridge rule delivers at {@code firedAt}. */
    public static ScheduledEvent scheduled(Instant firedAt) {
        ScheduledEvent event = new ScheduledEvent();
        event.setId(UUID.randomUUID().toString());
        event.setVersion("0");
        event.setDetailType("Scheduled Event");
        event.setSource("aws.events");
        event.setAccount("000000000000");
        event.setRegion("us-east-1");
        event.setTime(new DateTime(firedAt.toEpochMilli(), DateTimeZone.UTC));
        event.setResources(List.of("arn:aws:events:us-east-1:000000000000:rule/appointments-evening-before"));
        event.setDetail(Map.of());
        return event;
    }
}
