package cloud.citizen.notifications.service;

/** Port: remembers which notifications were delivered, so that a redelivered message is sent once. */
public interface DeliveryLedger {

    /** @return false if this event was delivered (or is being delivered) already */
    boolean claim(String eventId);

    void delivered(String eventId);

    /** Gives a failed delivery back, so that the queue's retry can try again. */
    void release(String eventId);
}
