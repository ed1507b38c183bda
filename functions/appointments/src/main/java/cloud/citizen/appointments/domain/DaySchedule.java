package cloud.citizen.appointments.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A day's schedule as staff enter it: the session from {@code start} to {@code end} (city time)
 * split into {@code count} back-to-back slots of {@code capacity} seats each.
 */
public record DaySchedule(LocalDate date, LocalTime start, LocalTime end, int capacity, int count, int dose) {
    public static final Duration SHORTEST_SLOT = Duration.ofMinutes(5);

    /** Why this schedule cannot be split into slots, or null when it can. */
    public String problem() {
        if (!end.isAfter(start)) {
            return "end must be after start";
        }
        long minutes = Duration.between(start, end).toMinutes();
        if (minutes % count != 0) {
            return "the session (" + minutes + " min) must divide into " + count + " slots of whole minutes";
        }
        if (minutes / count < SHORTEST_SLOT.toMinutes()) {
            return "slots must be at least " + SHORTEST_SLOT.toMinutes() + " minutes long";
        }
        return null;
    }

    public List<Slot> slotsOf(Provider provider) {
        long length = Duration.between(start, end).toMinutes() / count;
        int shards = SeatShards.countFor(capacity);
        BookingScope scope = BookingScope.of(provider, date, dose);
        List<Slot> slots = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            OffsetDateTime slotStart = date.atTime(start.plusMinutes(length * i)).atZone(CityTime.ZONE).toOffsetDateTime();
            OffsetDateTime slotEnd = slotStart.plusMinutes(length);
            slots.add(new Slot(Slot.idFor(provider.providerId(), slotStart), provider.providerId(), provider.name(),
                    provider.type(), provider.communityId(), slotStart, slotEnd, capacity, shards, dose, scope));
        }
        return slots;
    }
}
