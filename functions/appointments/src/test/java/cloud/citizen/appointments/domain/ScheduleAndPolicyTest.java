package cloud.citizen.appointments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScheduleAndPolicyTest {
    private static final Provider SITE = new Provider("jinjiang-flu", "接种点", ProviderType.VACCINE, "jinjiang", "c-demo",
            "路1号", null, "influenza");
    private static final Provider WARD = new Provider("jinjiang-ward", "内科", ProviderType.HOSPITAL, "jinjiang", "c-demo",
            "路1号", "内科", null);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    @Test
    void daySchedule_splitsTheSessionIntoBackToBackSlotsInCityTime() {
        List<Slot> slots = new DaySchedule(DAY, LocalTime.of(8, 0), LocalTime.of(12, 0), 100, 8, 2).slotsOf(SITE);

        assertThat(slots).hasSize(8);
        assertThat(slots.get(0).start()).isEqualTo(OffsetDateTime.parse("2026-11-28T08:00+08:00"));
        assertThat(slots.get(7).end()).isEqualTo(OffsetDateTime.parse("2026-11-28T12:00+08:00"));
        assertThat(slots.get(1).slotId()).isEqualTo("jinjiang-flu.20261128.0830");
        assertThat(slots.get(1).shards()).isEqualTo(10);
        assertThat(slots.get(1).scope().value()).isEqualTo("VACCINE#influenza#DOSE#2");
        assertThat(Slot.providerIdOf("jinjiang-flu.20261128.0830")).contains("jinjiang-flu");
        assertThat(Slot.providerIdOf("jinjiang-flu.2026.0830")).isEmpty();
    }

    @Test
    void daySchedule_namesWhatCannotBeSplit() {
        assertThat(new DaySchedule(DAY, LocalTime.of(8, 0), LocalTime.of(8, 0), 1, 1, 1).problem()).contains("after");
        assertThat(new DaySchedule(DAY, LocalTime.of(8, 0), LocalTime.of(9, 0), 1, 7, 1).problem()).contains("whole minutes");
        assertThat(new DaySchedule(DAY, LocalTime.of(8, 0), LocalTime.of(8, 30), 1, 10, 1).problem()).contains("5 minutes");
        assertThat(new DaySchedule(DAY, LocalTime.of(8, 0), LocalTime.of(9, 0), 1, 4, 1).problem()).isNull();
    }

    @Test
    void bookingScope_isProviderAndDayForHospitals_doseForVaccines() {
        assertThat(BookingScope.of(WARD, DAY, 1).value()).isEqualTo("PROVIDER#jinjiang-ward#DAY#2026-11-28");
        assertThat(BookingScope.of(SITE, DAY, 1).isVaccineDose()).isTrue();
        assertThat(BookingScope.of(SITE, DAY, 1)).isEqualTo(BookingScope.of(SITE, DAY.plusDays(9), 1));
    }

    @Test
    void cancellation_citizensNeedTwoHoursNotice_staffUntilTheStart() {
        Slot slot = new DaySchedule(DAY, LocalTime.of(10, 0), LocalTime.of(10, 30), 5, 1, 1).slotsOf(WARD).get(0);
        Appointment booked = Appointment.book("a-1", "u-1", slot, 0, "7KQ2MX9P", Instant.EPOCH);
        Instant start = slot.start().toInstant();

        CancellationPolicy.check(booked, start.minus(CancellationPolicy.MIN_NOTICE).minusSeconds(1), true);
        assertThatThrownBy(() -> CancellationPolicy.check(booked, start.minus(CancellationPolicy.MIN_NOTICE), true))
                .isInstanceOf(TooLateToCancelException.class);
        CancellationPolicy.check(booked, start.minusSeconds(60), false);
        assertThatThrownBy(() -> CancellationPolicy.check(booked, start, false)).isInstanceOf(TooLateToCancelException.class);
    }

    @Test
    void appointment_toString_neverShowsTheCodeOrThePerson() {
        Slot slot = new DaySchedule(DAY, LocalTime.of(10, 0), LocalTime.of(10, 30), 5, 1, 1).slotsOf(WARD).get(0);
        Appointment booked = Appointment.book("a-1", "u-secret", slot, 0, "7KQ2MX9P", Instant.EPOCH);
        assertThat(booked.toString()).doesNotContain("7KQ2MX9P").doesNotContain("u-secret");
    }
}
