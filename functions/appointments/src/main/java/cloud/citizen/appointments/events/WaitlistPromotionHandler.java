package cloud.citizen.appointments.events;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.service.WaitlistPromotion;
import cloud.citizen.platform.events.SqsBatch;

/**
 * SQS entry point of WaitlistPromotionFunction (template.yaml): each seat-handover message books
 * the first waiter of its slot. Failed messages are reported one by one (platform {@link SqsBatch}),
 * retried alone and, after maxReceiveCount, parked in the DLQ.
 * <p>
 * Deliberately not a {@code RequestHandler}: Quarkus refuses to build an HTTP function whose jar
 * also holds one; the Lambda runtime calls {@code handleRequest} by name all the same. No CDI
 * either: the components are built from environment variables, so the handler starts fast.
 */
public class WaitlistPromotionHandler {
    private final WaitlistPromotion promotion;

    public WaitlistPromotionHandler() {
        this(AppointmentsComponents.fromEnvironment());
    }

    public WaitlistPromotionHandler(AppointmentsComponents components) {
        this.promotion = components.waitlistPromotion();
    }

    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return SqsBatch.process(event, body -> promotion.handOver(AppointmentsMessages.readSeatHandover(body)));
    }
}
