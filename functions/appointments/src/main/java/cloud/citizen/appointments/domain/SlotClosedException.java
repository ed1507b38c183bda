package cloud.citizen.appointments.domain;

/** The slot has started: it takes no more bookings or waiters. */
public final class SlotClosedException extends AppointmentRefusal {

    public SlotClosedException() {
        super(409, "SLOT_CLOSED", "Slot closed", "This slot has already started.");
    }
}
