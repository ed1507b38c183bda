package cloud.citizen.appointments.domain;

/** The waitlist opens only when the slot is full. */
public final class SlotNotFullException extends AppointmentRefusal {

    public SlotNotFullException() {
        super(409, "SLOT_NOT_FULL", "Slot has free seats", "This slot still has free seats: book it instead.");
    }
}
