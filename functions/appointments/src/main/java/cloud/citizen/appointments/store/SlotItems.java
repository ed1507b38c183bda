package cloud.citizen.appointments.store;

import static cloud.citizen.platform.aws.Attributes.key;
import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.number;
import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.appointments.domain.BookingScope;
import cloud.citizen.appointments.domain.CityTime;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.domain.SeatShard;
import cloud.citizen.appointments.domain.Slot;

/** Slot and seat-counter items; see {@link AppointmentsTable}. */
final class SlotItems {
    /** Counters and slots outlive their day long enough for statistics and disputes. */
    static final Duration KEPT_AFTER_END = Duration.ofDays(180);
    private static final DateTimeFormatter SORT_KEY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SLOT_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd.HHmm");

    private SlotItems() {
    }

    static String dayPrefix(LocalDate date) {
        return "SLOT#" + date;
    }

    static Map<String, AttributeValue> keyOf(Slot slot) {
        return key(ProviderItems.pk(slot.providerId()), "SLOT#" + SORT_KEY_TIME.format(slot.start()));
    }

    /** The key a slot id points at, if the id is well formed. */
    static Optional<Map<String, AttributeValue>> keyOf(String slotId) {
        return Slot.providerIdOf(slotId).map(providerId -> {
            LocalDateTime start = LocalDateTime.parse(slotId.substring(providerId.length() + 1), SLOT_ID_TIME);
            return key(ProviderItems.pk(providerId), "SLOT#" + SORT_KEY_TIME.format(start));
        });
    }

    static Map<String, AttributeValue> shardKey(String slotId, int shard) {
        return key("SLOT#" + slotId + "#SHARD#" + shard, "SHARD");
    }

    static Map<String, AttributeValue> toItem(Slot slot) {
        Map<String, AttributeValue> item = new HashMap<>(keyOf(slot));
        item.put("slotId", s(slot.slotId()));
        item.put("providerId", s(slot.providerId()));
        item.put("providerName", s(slot.providerName()));
        item.put("providerType", s(slot.providerType().wireName()));
        item.put("communityId", s(slot.communityId()));
        item.put("startsAt", s(slot.start().toString()));
        item.put("endsAt", s(slot.end().toString()));
        item.put("capacity", n(slot.capacity()));
        item.put("shards", n(slot.shards()));
        item.put("dose", n(slot.dose()));
        item.put("scope", s(slot.scope().value()));
        item.put("ttl", n(ttl(slot)));
        return item;
    }

    static Map<String, AttributeValue> shardItem(Slot slot, int shard, int capacity) {
        Map<String, AttributeValue> item = new HashMap<>(shardKey(slot.slotId(), shard));
        item.put("capacity", n(capacity));
        item.put("booked", n(0));
        item.put("ttl", n(ttl(slot)));
        return item;
    }

    static Slot fromItem(Map<String, AttributeValue> item) {
        return new Slot(text(item, "slotId"), text(item, "providerId"), text(item, "providerName"),
                ProviderType.fromWire(text(item, "providerType")).orElseThrow(), text(item, "communityId"),
                cityTime(text(item, "startsAt")), cityTime(text(item, "endsAt")), (int) number(item, "capacity"),
                (int) number(item, "shards"), (int) number(item, "dose"), new BookingScope(text(item, "scope")));
    }

    static SeatShard shardFromItem(int index, Map<String, AttributeValue> item) {
        return new SeatShard(index, (int) number(item, "capacity"), (int) number(item, "booked"));
    }

    static OffsetDateTime cityTime(String iso) {
        return OffsetDateTime.parse(iso).atZoneSameInstant(CityTime.ZONE).toOffsetDateTime();
    }

    private static long ttl(Slot slot) {
        return slot.end().toInstant().plus(KEPT_AFTER_END).getEpochSecond();
    }
}
