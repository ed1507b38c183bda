package cloud.citizen.local.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cloud.citizen.appointments.domain.CityTime;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.domain.SlotOccupancy;
import cloud.citizen.appointments.store.DynamoProviderDirectory;
import cloud.citizen.appointments.store.DynamoSlotCalendar;
import cloud.citizen.emulator.EmulatedStack;
import cloud.citizen.emulator.EmulatorOptions;
import cloud.citizen.emulator.testing.LocalStackAvailability;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.platform.paging.PageRequest;

/**
 * The appointments demo data against the emulated table, read back through the function's own
 * store adapters: created once, a no-op the second time, in the community the demo staff serve.
 */
@ExtendWith(LocalStackAvailability.class)
class AppointmentsSeedTest {
    private static EmulatedStack stack;
    private static Map<String, String> env;

    @BeforeAll
    static void startEmulators() {
        stack = EmulatedStack.start(EmulatorOptions.inMemory(), Map.of());
        env = stack.environmentOf("AppointmentsFunction");
    }

    @AfterAll
    static void stopEmulators() {
        stack.close();
    }

    @Test
    void seed_createsAWeekOfSlots_once() {
        int first = AppointmentsSeed.seed(stack.aws().dynamoDb(), env, Clock.systemUTC());
        int second = AppointmentsSeed.seed(stack.aws().dynamoDb(), env, Clock.systemUTC());

        assertThat(first).isEqualTo(AppointmentsSeed.PROVIDERS.size() * AppointmentsSeed.DAYS
                * AppointmentsSeed.SLOTS_A_DAY);
        assertThat(second).isZero();
        String table = stack.resources().tableName("AppointmentsTable");
        CursorCodec cursors = new CursorCodec("test");
        var providers = new DynamoProviderDirectory(stack.aws().dynamoDb(), table, cursors)
                .list(Optional.of(ProviderType.VACCINE), Optional.of(AppointmentsSeed.DISTRICT), PageRequest.of("100", null));
        assertThat(providers.items()).extracting(provider -> provider.providerId()).contains("jinjiang-shuyuan-flu");
        var slots = new DynamoSlotCalendar(stack.aws().dynamoDb(), table, cursors);
        LocalDate inSixDays = CityTime.dateOf(Instant.now()).plusDays(6);
        var lastDay = slots.onDay("jinjiang-shuyuan-flu", inSixDays);
        assertThat(lastDay).hasSize(AppointmentsSeed.SLOTS_A_DAY);
        assertThat(slots.occupancies(lastDay).values()).extracting(SlotOccupancy::remaining).containsOnly(30);
    }

    @Test
    void theDemoProviders_areManagedByTheDemoStaff() {
        assertThat(AppointmentsSeed.PROVIDERS).extracting(provider -> provider.communityId())
                .containsOnly(AppointmentsSeed.COMMUNITY);
        assertThat(DemoAccount.STAFF.communities()).contains(AppointmentsSeed.COMMUNITY);
    }
}
