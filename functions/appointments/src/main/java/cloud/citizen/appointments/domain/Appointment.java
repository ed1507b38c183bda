package cloud.citizen.appointments.domain;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One person's booking of a slot. {@code shard} is the seat counter it took (cancelling gives the
 * seat back there); {@code code} is what the person shows at check-in.
 */
public record Appointment(String appointmentId, String userId, String slotId, String providerId, String providerName,
        String communityId, OffsetDateTime start, OffsetDateTime end, int dose, String code, AppointmentStatus status,
        int shard, BookingScope scope, Instant createdAt) {

    public static Appointment book(String appointmentId, String userId, Slot slot, int shard, String code, Instant now) {
        return new Appointment(appointmentId, userId, slot.slotId(), slot.providerId(), slot.providerName(),
                slot.communityId(), slot.start(), slot.end(), slot.dose(), code, AppointmentStatus.BOOKED, shard,
                slot.scope(), now);
    }

    public Appointment onShard(int otherShard) {
        return new Appointment(appointmentId, userId, slotId, providerId, providerName, communityId, start, end, dose,
                code, status, otherShard, scope, createdAt);
    }

    public Appointment withStatus(AppointmentStatus newStatus) {
        return new Appointment(appointmentId, userId, slotId, providerId, providerName, communityId, start, end, dose,
                code, newStatus, shard, scope, createdAt);
    }

    @Override
    public String toString() { // never the code or the person
        return "Appointment[" + appointmentId + ", slot " + slotId + ", " + status + "]";
    }
}
