package cloud.citizen.notifications.domain;

/** Delivers one notification at most once per eventId, whatever the queue redelivers. */
public class Dispatcher {
    private final DeliveryLedger ledger;
    private final SmsGateway sms;

    public Dispatcher(DeliveryLedger ledger, SmsGateway sms) {
        this.ledger = ledger;
        this.sms = sms;
    }

    /** @return the outcome; a failure is meant to be retried by the queue */
    public Outcome dispatch(Notification notification) {
        if (!notification.isDeliverable()) {
            return Outcome.UNDELIVERABLE;
        }
        if (!ledger.claim(notification.eventId())) {
            return Outcome.DUPLICATE;
        }
        try {
            sms.send(notification.phone(), notification.text());
        } catch (RuntimeException e) {
            ledger.release(notification.eventId());
            throw e;
        }
        ledger.delivered(notification.eventId());
        return Outcome.DELIVERED;
    }

    public enum Outcome {
        DELIVERED, DUPLICATE, UNDELIVERABLE
    }
}
