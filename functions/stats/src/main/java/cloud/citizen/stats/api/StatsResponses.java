package cloud.citizen.stats.api;

import java.time.format.DateTimeFormatter;

import cloud.citizen.platform.usage.UsageKind;
import cloud.citizen.stats.domain.CityCalendar;
import cloud.citizen.stats.domain.Counts;
import cloud.citizen.stats.domain.DayFigures;
import cloud.citizen.stats.domain.Overview;

/** Response bodies of the stats routes (API.md, "stats"). */
public final class StatsResponses {
    private StatsResponses() {
    }

    public record ServiceUses(long payments, long appointments, long ballots, long posts, long surveyResponses) {
        public static ServiceUses of(Counts counts) {
            return new ServiceUses(counts.of(UsageKind.PAYMENT), counts.of(UsageKind.APPOINTMENT),
                    counts.of(UsageKind.BALLOT), counts.of(UsageKind.POST), counts.of(UsageKind.SURVEY_RESPONSE));
        }
    }

    public record Today(long newUsers, long activeUsers, long serviceUses) {
    }

    public record ThisMonth(String month, long activeUsers) {
    }

    public record OverviewResponse(long registeredUsers, long realNameVerifiedUsers, ServiceUses serviceUses, Today today,
            ThisMonth thisMonth, String generatedAt) {
        public static OverviewResponse of(Overview overview) {
            Counts all = overview.allTime();
            DayFigures today = overview.today();
            return new OverviewResponse(all.of(UsageKind.REGISTRATION), all.of(UsageKind.REAL_NAME_VERIFICATION),
                    ServiceUses.of(all), new Today(today.newUsers(), today.activeUsers(), today.serviceUses()),
                    new ThisMonth(today.date().toString().substring(0, 7), overview.monthActiveUsers()),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(overview.generatedAt().atZone(CityCalendar.ZONE)
                            .toOffsetDateTime()));
        }
    }

    public record DayResponse(String date, long newUsers, long activeUsers, long payments, long appointments, long ballots,
            long posts, long surveyResponses, long serviceUses, long amountPaidFen) {
        public static DayResponse of(DayFigures day) {
            return new DayResponse(day.date().toString(), day.newUsers(), day.activeUsers(), day.payments(),
                    day.appointments(), day.ballots(), day.posts(), day.surveyResponses(), day.serviceUses(),
                    day.amountPaidFen());
        }
    }
}
