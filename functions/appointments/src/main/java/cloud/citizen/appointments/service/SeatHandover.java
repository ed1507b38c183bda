package cloud.citizen.appointments.service;

/** A cancelled seat passed to a slot's waitlist: the event the promotion consumer handles once. */
public record SeatHandover(String handoverId, String slotId, int shard) {
}
