package cloud.citizen.appointments.service;

import java.time.OffsetDateTime;

/** What the day-before reminder needs of an active booking. */
public record ReminderTarget(String appointmentId, String userId, String providerName, OffsetDateTime start) {
}
