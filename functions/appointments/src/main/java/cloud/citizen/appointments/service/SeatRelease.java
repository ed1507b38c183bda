package cloud.citizen.appointments.service;

/** Where the seat of a cancelled appointment goes. */
public enum SeatRelease {
    /** Back to the counter: anyone may book it. */
    FREE,
    /** Kept taken and handed to the first person on the slot's waitlist (by the promotion consumer). */
    HAND_OVER_TO_WAITLIST
}
