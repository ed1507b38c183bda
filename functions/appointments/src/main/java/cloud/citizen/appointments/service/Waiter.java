package cloud.citizen.appointments.service;

import java.time.Instant;

/** A person waiting for a seat of a slot; lower {@code sequence} = earlier in line. */
public record Waiter(String slotId, String userId, long sequence, Instant joinedAt) {
}
