package cloud.citizen.appointments.domain;

/** A new slot would overlap a slot the provider already has. */
public final class SlotOverlapException extends AppointmentRefusal {

    public SlotOverlapException() {
        super(409, "SLOT_OVERLAP", "Slots overlap", "The provider already has slots at these times on this day.");
    }
}
