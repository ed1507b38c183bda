package cloud.citizen.stats.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cloud.citizen.platform.usage.ServiceUse;
import cloud.citizen.platform.usage.UsageKind;

class UsageBatchTest {

    private static ServiceUse use(String eventId, UsageKind kind, String user, String service, long fen, String at) {
        return new ServiceUse(eventId, kind, user, Optional.ofNullable(service), fen, Instant.parse(at));
    }

    @Test
    void sums_perCityDay_withUtcEveningInTheNextDay() {
        UsageBatch batch = UsageBatch.of(List.of(
                use("e1", UsageKind.PAYMENT, "u1", "bills.water", 12850, "2026-11-29T15:59:59Z"),
                use("e2", UsageKind.PAYMENT, "u2", "bills.water", 100, "2026-11-29T16:00:00Z"),
                use("e3", UsageKind.APPOINTMENT, "u1", "appointments.vaccine", 0, "2026-11-29T17:00:00Z")));

        var byDay = batch.countsByDay();

        assertThat(byDay.keySet()).containsExactly(LocalDate.parse("2026-11-29"), LocalDate.parse("2026-11-30"));
        Counts first = byDay.get(LocalDate.parse("2026-11-29"));
        assertThat(first.of(UsageKind.PAYMENT)).isEqualTo(1);
        assertThat(first.amountPaidFen()).isEqualTo(12850);
        Counts second = byDay.get(LocalDate.parse("2026-11-30"));
        assertThat(second.serviceUses()).isEqualTo(2);
        assertThat(second.byService()).containsEntry("bills.water", 1L).containsEntry("appointments.vaccine", 1L);
        assertThat(batch.total().amountPaidFen()).isEqualTo(12950);
    }

    @Test
    void theSameEventTwiceInOneDelivery_isOneEvent() {
        ServiceUse once = use("e1", UsageKind.POST, "u1", "topics.post", 0, "2026-11-29T01:00:00Z");
        UsageBatch batch = UsageBatch.of(List.of(once, once, once));
        assertThat(batch.eventIds()).containsExactly("e1");
        assertThat(batch.total().of(UsageKind.POST)).isEqualTo(1);
        assertThat(batch.without(Set.of("e1")).isEmpty()).isTrue();
    }

    @Test
    void activeUsers_areThoseWhoLoggedInOrUsedAService_notWhoOnlyRegistered() {
        UsageBatch batch = UsageBatch.of(List.of(
                use("e1", UsageKind.REGISTRATION, "new", null, 0, "2026-11-29T01:00:00Z"),
                use("e2", UsageKind.REAL_NAME_VERIFICATION, "verified", null, 0, "2026-11-29T01:00:00Z"),
                use("e3", UsageKind.LOGIN, "back", null, 0, "2026-11-29T01:00:00Z"),
                use("e4", UsageKind.BALLOT, "voter", "votes.ballot", 0, "2026-11-29T01:00:00Z")));
        assertThat(batch.activeUsersByDay().get(LocalDate.parse("2026-11-29"))).containsExactly("back", "voter");
    }

    @Test
    void shard_isStableForABatch_andWithinRange() {
        UsageBatch batch = UsageBatch.of(List.of(use("event-42", UsageKind.LOGIN, "u", null, 0, "2026-11-29T01:00:00Z")));
        assertThat(batch.shard(8)).isEqualTo(batch.shard(8)).isBetween(0, 7);
    }

    @Test
    void dayRange_refusesReversedAndTooLongRanges() {
        LocalDate day = LocalDate.parse("2026-01-01");
        assertThat(new DayRange(day, day.plusDays(365)).days()).hasSize(366);
        assertThatThrownBy(() -> new DayRange(day, day.plusDays(366))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DayRange(day.plusDays(1), day)).isInstanceOf(IllegalArgumentException.class);
    }
}
