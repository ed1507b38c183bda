package cloud.citizen.local.seed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import cloud.citizen.appointments.AppointmentsSettings;
import cloud.citizen.appointments.domain.CityTime;
import cloud.citizen.appointments.domain.DaySchedule;
import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.appointments.domain.SlotOverlapException;
import cloud.citizen.appointments.service.ProviderDirectory;
import cloud.citizen.appointments.service.SlotCalendar;
import cloud.citizen.appointments.store.DynamoProviderDirectory;
import cloud.citizen.appointments.store.DynamoSlotCalendar;
import cloud.citizen.platform.config.Environment;
import cloud.citizen.platform.paging.CursorCodec;

/**
 * Demo hospital departments and vaccination sites in district {@value #DISTRICT}, community
 * {@value #COMMUNITY} (which the demo staff account serves, so it publishes slots and checks people
 * in there), each with a morning and an afternoon session for today and the next six days.
 * <p>
 * Written through the appointments function's own store adapters into its table, with the
 * function's resolved environment: through the API this would take an admin call per provider and
 * a staff call per provider, day and session (75 calls), and the adapters know the key design. It
 * leaves what exists alone and adds missing days, so every start rolls the week forward. Lives here,
 * not in the function: demo data never ships in a {@code function.zip}.
 */
public final class AppointmentsSeed implements SeedStep {
    public static final String DISTRICT = "jinjiang";
    public static final String COMMUNITY = "c-demo";
    static final int DAYS = 7;
    static final int SLOTS_A_DAY = 12;

    static final List<Provider> PROVIDERS = List.of(
            new Provider("jinjiang-people-paediatrics", "锦江区人民医院 儿科", ProviderType.HOSPITAL, DISTRICT, COMMUNITY,
                    "成都市锦江区东大街1号", "儿科", null),
            new Provider("jinjiang-people-internal", "锦江区人民医院 内科", ProviderType.HOSPITAL, DISTRICT, COMMUNITY,
                    "成都市锦江区东大街1号", "内科", null),
            new Provider("jinjiang-maternal-obstetrics", "锦江区妇幼保健院 产科", ProviderType.HOSPITAL, DISTRICT, COMMUNITY,
                    "成都市锦江区静安路5号", "产科", null),
            new Provider("jinjiang-shuyuan-flu", "书院街社区卫生服务中心 流感疫苗接种点", ProviderType.VACCINE, DISTRICT,
                    COMMUNITY, "成都市锦江区书院南街18号", null, "influenza"),
            new Provider("jinjiang-niushikou-hpv", "牛市口社区卫生服务中心 HPV疫苗接种点", ProviderType.VACCINE, DISTRICT,
                    COMMUNITY, "成都市锦江区牛市口路36号", null, "hpv"));

    private static final Logger LOG = Logger.getLogger(AppointmentsSeed.class.getName());

    @Override
    public String function() {
        return "AppointmentsFunction";
    }

    @Override
    public void seed(SeedContext context) {
        if (!DemoAccount.STAFF.communities().contains(COMMUNITY)) {
            // fail loudly rather than seed providers nobody manages
            throw new IllegalStateException("the demo staff account does not serve " + COMMUNITY
                    + ", the community of the demo providers");
        }
        int added = seed(context.stack().aws().dynamoDb(), context.stack().environmentOf(function()), Clock.systemUTC());
        LOG.fine(() -> "appointments: " + added + " demo slots added");
    }

    /**
     * @param env the appointments function's environment (APPOINTMENTS_TABLE at least)
     * @return how many slots were added
     */
    static int seed(DynamoDbClient dynamo, Map<String, String> env, Clock clock) {
        String table = AppointmentsSettings.from(Environment.of(env)).table();
        // the seed hands out no cursors; any key will do
        CursorCodec unusedCursors = new CursorCodec("demo-seed-" + table);
        ProviderDirectory providers = new DynamoProviderDirectory(dynamo, table, unusedCursors);
        SlotCalendar slots = new DynamoSlotCalendar(dynamo, table, unusedCursors);
        LocalDate today = CityTime.dateOf(clock.instant());
        int added = 0;
        for (Provider provider : PROVIDERS) {
            if (providers.find(provider.providerId()).isEmpty()) {
                providers.add(provider);
            }
            for (int day = 0; day < DAYS; day++) {
                added += seedDay(slots, provider, today.plusDays(day));
            }
        }
        return added;
    }

    private static int seedDay(SlotCalendar slots, Provider provider, LocalDate date) {
        if (!slots.onDay(provider.providerId(), date).isEmpty()) {
            return 0;
        }
        int capacity = provider.type() == ProviderType.VACCINE ? 30 : 5;
        int perSession = SLOTS_A_DAY / 2;
        List<Slot> day = new ArrayList<>();
        day.addAll(new DaySchedule(date, LocalTime.of(8, 30), LocalTime.of(11, 30), capacity, perSession, 1)
                .slotsOf(provider));
        day.addAll(new DaySchedule(date, LocalTime.of(14, 0), LocalTime.of(17, 0), capacity, perSession, 1)
                .slotsOf(provider));
        try {
            slots.create(day);
        } catch (SlotOverlapException e) {
            return 0; // another instance seeded the same day at the same moment
        }
        return day.size();
    }
}
