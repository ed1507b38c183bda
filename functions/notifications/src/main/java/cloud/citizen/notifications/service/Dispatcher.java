package cloud.citizen.notifications.service;

import java.util.Optional;

import cloud.citizen.notifications.domain.Notification;

/** Handles one notification; texts are delivered at most once per eventId, whatever the queue redelivers. */
public class Dispatcher {
    private final DeliveryLedger ledger;
    private final ContactBook contacts;
    private final SmsGateway sms;

    public Dispatcher(DeliveryLedger ledger, ContactBook contacts, SmsGateway sms) {
        this.ledger = ledger;
        this.contacts = contacts;
        this.sms = sms;
    }

    /** @return the outcome; a thrown exception or {@link Outcome#isFailure()} means the queue should retry */
    public Outcome dispatch(Notification notification) {
        if (!notification.isWellFormed()) {
            return Outcome.MALFORMED;
        }
        return switch (notification.type()) {
            case Notification.CONTACT -> {
                contacts.save(notification.userId(), notification.phone());
                yield Outcome.CONTACT_SAVED;
            }
            case Notification.SMS -> deliverOnce(notification.eventId(), notification.phone(), notification.text());
            default -> {
                // the user's contact may still be on its way (standard queues do not keep order): retry later
                Optional<String> phone = contacts.phoneOf(notification.userId());
                yield phone.isEmpty() ? Outcome.NO_CONTACT
                        : deliverOnce(notification.eventId(), phone.get(), notification.text());
            }
        };
    }

    private Outcome deliverOnce(String eventId, String phone, String text) {
        if (!ledger.claim(eventId)) {
            return Outcome.DUPLICATE;
        }
        try {
            sms.send(phone, text);
        } catch (RuntimeException e) {
            ledger.release(eventId);
            throw e;
        }
        ledger.delivered(eventId);
        return Outcome.DELIVERED;
    }

    public enum Outcome {
        DELIVERED, DUPLICATE, CONTACT_SAVED, MALFORMED, NO_CONTACT;

        public boolean isFailure() {
            return this == MALFORMED || this == NO_CONTACT;
        }
    }
}
