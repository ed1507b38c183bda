package cloud.citizen.appointments.domain;

/** No slot with this id. */
public final class SlotNotFoundException extends AppointmentRefusal {

    public SlotNotFoundException() {
        super(404, "SLOT_NOT_FOUND", "Slot not found", "There is no slot with this id.");
    }
}
