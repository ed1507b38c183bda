package cloud.citizen.appointments.domain;

/** One seat counter of a slot: {@code booked} of its {@code capacity} seats are taken. */
public record SeatShard(int index, int capacity, int booked) {

    public int free() {
        return Math.max(0, capacity - booked);
    }
}
