package cloud.citizen.appointments.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * A bookable time of a provider with a fixed capacity, split over {@code shards} seat counters
 * (see {@link SeatShards}). Everything a booking needs is copied here when the slot is made, so a
 * booking reads one immutable item and no provider.
 */
public record Slot(String slotId, String providerId, String providerName, ProviderType providerType,
        String communityId, OffsetDateTime start, OffsetDateTime end, int capacity, int shards, int dose,
        BookingScope scope) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");
    private static final DateTimeFormatter ID_START = DateTimeFormatter.ofPattern("uuuuMMdd.HHmm")
            .withResolverStyle(ResolverStyle.STRICT);

    public LocalDate date() {
        return start.toLocalDate();
    }

    public boolean hasStartedAt(Instant now) {
        return !now.isBefore(start.toInstant());
    }

    public boolean overlaps(Slot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** Slot ids name the provider and start ({@code jinjiang-flu.20261128.0900}): stable, so re-sending a schedule cannot double it. */
    public static String idFor(String providerId, OffsetDateTime start) {
        return providerId + "." + DAY.format(start) + "." + TIME.format(start);
    }

    /** The provider part of a well-formed slot id: the shape, and a start that exists on the calendar. */
    public static Optional<String> providerIdOf(String slotId) {
        if (slotId == null || !slotId.matches(Provider.ID_PATTERN + "\\.\\d{8}\\.\\d{4}")) {
            return Optional.empty();
        }
        try {
            // 20261399.0900 has the shape of a date but is none: an unknown slot, not a failure
            LocalDateTime.parse(slotId.substring(slotId.length() - 13), ID_START);
        } catch (DateTimeParseException impossible) {
            return Optional.empty();
        }
        return Optional.of(slotId.substring(0, slotId.length() - 14));
    }
}
