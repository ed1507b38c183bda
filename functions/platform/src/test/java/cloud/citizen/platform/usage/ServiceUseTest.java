package cloud.citizen.platform.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ServiceUseTest {

    @Test
    void json_roundTrips_everyField() {
        ServiceUse use = ServiceUse.of(UsageKind.PAYMENT, "u-1", Optional.of("bills.water"), 12850,
                Instant.parse("2026-11-30T01:02:03Z"));

        assertThat(ServiceUse.fromJson(use.toJson())).isEqualTo(use);
        assertThat(use.toOutboxEvent("queue-url").type()).isEqualTo("usage");
    }

    @Test
    void json_withoutService_roundTrips() {
        ServiceUse use = ServiceUse.of(UsageKind.LOGIN, "u-2", Optional.empty(), 0, Instant.EPOCH);

        assertThat(ServiceUse.fromJson(use.toJson()).serviceId()).isEmpty();
    }

    @Test
    void fromJson_rejectsPoison() {
        assertThatThrownBy(() -> ServiceUse.fromJson("{")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServiceUse.fromJson("{\"type\":\"usage\",\"eventId\":\"e\",\"kind\":\"nope\","
                + "\"userId\":\"u\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void serviceUses_areTheFiveOverviewKinds() {
        assertThat(UsageKind.values()).filteredOn(UsageKind::isServiceUse).containsExactly(UsageKind.PAYMENT,
                UsageKind.APPOINTMENT, UsageKind.BALLOT, UsageKind.POST, UsageKind.SURVEY_RESPONSE);
    }
}
