package cloud.citizen.stats.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import cloud.citizen.platform.usage.ServiceUse;
import cloud.citizen.platform.usage.UsageKind;

/**
 * The usage events of one delivery, each event once (a queue may hand the same event twice in
 * one batch), summed per city day so that one write adds many events. Which of them were already
 * counted is only known when the write is tried; {@link #without} drops those.
 */
public final class UsageBatch {
    private final List<ServiceUse> uses;

    private UsageBatch(List<ServiceUse> uses) {
        this.uses = List.copyOf(uses);
    }

    public static UsageBatch of(Collection<ServiceUse> delivered) {
        Map<String, ServiceUse> byEventId = new LinkedHashMap<>();
        delivered.forEach(use -> byEventId.putIfAbsent(use.eventId(), use));
        return new UsageBatch(new ArrayList<>(byEventId.values()));
    }

    public List<ServiceUse> uses() {
        return uses;
    }

    public List<String> eventIds() {
        return uses.stream().map(ServiceUse::eventId).toList();
    }

    public boolean isEmpty() {
        return uses.isEmpty();
    }

    /**
     * Which of {@code shards} counter items this batch adds to: spread by the first event id, so
     * concurrent consumers rarely write the same item (one item per day would be hot).
     */
    public int shard(int shards) {
        return uses.isEmpty() ? 0 : Math.floorMod(uses.get(0).eventId().hashCode(), shards);
    }

    public UsageBatch without(Set<String> eventIds) {
        return new UsageBatch(uses.stream().filter(use -> !eventIds.contains(use.eventId())).toList());
    }

    /** The counters to add, per city day of occurrence (sorted, so writes always name items in one order). */
    public Map<LocalDate, Counts> countsByDay() {
        Map<LocalDate, List<ServiceUse>> byDay = new TreeMap<>();
        uses.forEach(use -> byDay.computeIfAbsent(CityCalendar.dayOf(use.occurredAt()), day -> new ArrayList<>())
                .add(use));
        Map<LocalDate, Counts> counts = new TreeMap<>();
        byDay.forEach((day, ofDay) -> counts.put(day, sum(ofDay)));
        return counts;
    }

    public Counts total() {
        return sum(uses);
    }

    /** Who was active on each day: logged in or used a service (registrations and verifications alone are not activity). */
    public Map<LocalDate, Set<String>> activeUsersByDay() {
        Map<LocalDate, Set<String>> active = new TreeMap<>();
        uses.stream().filter(use -> use.kind() == UsageKind.LOGIN || use.kind().isServiceUse())
                .forEach(use -> active.computeIfAbsent(CityCalendar.dayOf(use.occurredAt()), day -> new TreeSet<>())
                        .add(use.userId()));
        return active;
    }

    private static Counts sum(List<ServiceUse> uses) {
        Map<UsageKind, Long> kinds = new EnumMap<>(UsageKind.class);
        Map<String, Long> services = new TreeMap<>();
        long paid = 0;
        for (ServiceUse use : uses) {
            kinds.merge(use.kind(), 1L, Long::sum);
            use.serviceId().ifPresent(service -> services.merge(service, 1L, Long::sum));
            if (use.kind() == UsageKind.PAYMENT) {
                paid += use.amountFen();
            }
        }
        return new Counts(kinds, services, paid);
    }
}
