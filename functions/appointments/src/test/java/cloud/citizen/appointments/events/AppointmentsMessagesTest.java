package cloud.citizen.appointments.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import cloud.citizen.appointments.domain.Appointment;
import cloud.citizen.appointments.domain.DaySchedule;
import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.service.SeatHandover;
import cloud.citizen.platform.usage.ServiceUse;
import cloud.citizen.platform.usage.UsageKind;

/** The message bodies this capability writes and reads, without any emulator. */
class AppointmentsMessagesTest {
    private static final Instant NOW = Instant.parse("2030-03-01T01:00:00Z");

    @Test
    void booked_isAUsageEventOfTheProvidersService() {
        var hospital = AppointmentsMessages.booked(appointmentAt(ProviderType.HOSPITAL), "stats-queue");
        var vaccine = AppointmentsMessages.booked(appointmentAt(ProviderType.VACCINE), "stats-queue");

        ServiceUse use = ServiceUse.fromJson(hospital.body());
        assertThat(hospital.queueUrl()).isEqualTo("stats-queue");
        assertThat(hospital.type()).isEqualTo("usage");
        assertThat(use.eventId()).isEqualTo(hospital.eventId());
        assertThat(use.kind()).isEqualTo(UsageKind.APPOINTMENT);
        assertThat(use.userId()).isEqualTo("u-1");
        assertThat(use.serviceId()).contains("appointments.hospital");
        assertThat(use.amountFen()).isZero();
        assertThat(use.occurredAt()).isEqualTo(NOW);
        assertThat(ServiceUse.fromJson(vaccine.body()).serviceId()).contains("appointments.vaccine");
    }

    @Test
    void seatHandover_isReadBackAsWritten() {
        var written = AppointmentsMessages.seatHandover(new SeatHandover("h-1", "site.20300301.0900", 3), "waitlist");

        assertThat(AppointmentsMessages.readSeatHandover(written.body()))
                .isEqualTo(new SeatHandover("h-1", "site.20300301.0900", 3));
        assertThat(written.eventId()).isEqualTo("h-1");
    }

    @Test
    void readSeatHandover_refusesAnythingElse() {
        assertThatThrownBy(() -> AppointmentsMessages.readSeatHandover("not json"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AppointmentsMessages.readSeatHandover("{\"type\":\"user-message\"}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AppointmentsMessages.readSeatHandover("{\"type\":\"seat-handover\",\"slotId\":\"s\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Appointment appointmentAt(ProviderType type) {
        Provider provider = new Provider("p-" + type.wireName(), "name", type, "jinjiang", "c-1", "address",
                type == ProviderType.HOSPITAL ? "内科" : null, type == ProviderType.VACCINE ? "flu" : null);
        var slot = new DaySchedule(LocalDate.of(2030, 3, 2), LocalTime.of(9, 0), LocalTime.of(9, 30), 5, 1, 1)
                .slotsOf(provider).get(0);
        return Appointment.book("a-" + type.wireName(), "u-1", slot, 0, "CODE1234", NOW);
    }
}
