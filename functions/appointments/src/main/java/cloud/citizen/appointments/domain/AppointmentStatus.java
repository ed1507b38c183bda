package cloud.citizen.appointments.domain;

import java.util.Locale;

/** booked -> checked_in, or booked -> cancelled; nothing else. Lower case on the wire. */
public enum AppointmentStatus {
    BOOKED, CHECKED_IN, CANCELLED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
