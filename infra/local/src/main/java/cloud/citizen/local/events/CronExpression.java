package cloud.citizen.local.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An EventBridge cron expression: {@code minutes hours day-of-month month day-of-week year}, with
 * {@code , - * /}, {@code ?} in one of the two day fields, {@code L} (last day of the month;
 * {@code 6L} the last Friday), {@code W} (nearest weekday; {@code LW}), {@code #} ({@code 2#1} the
 * first Monday), month and weekday names; weekdays count from 1 = Sunday.
 */
public final class CronExpression {

    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
            "OCT", "NOV", "DEC");
    private static final List<String> WEEKDAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
    /** Far enough for the rarest real schedule (29 February on a Monday). */
    private static final int MAX_YEARS_AHEAD = 30;

    private final BitSet minutes;
    private final BitSet hours;
    private final String dayOfMonth;
    private final BitSet daysOfMonth;
    private final BitSet months;
    private final String dayOfWeek;
    private final BitSet daysOfWeek;
    private final BitSet years;

    private CronExpression(String expression) {
        String[] fields = expression.trim().split("\\s+");
        if (fields.length != 6) {
            throw new IllegalArgumentException("cron needs 6 fields (min hour day-of-month month day-of-week year): "
                    + expression);
        }
        minutes = values(fields[0], 0, 59, List.of(), 0);
        hours = values(fields[1], 0, 23, List.of(), 0);
        dayOfMonth = fields[2].toUpperCase(Locale.ROOT);
        months = values(fields[3], 1, 12, MONTHS, 1);
        dayOfWeek = fields[4].toUpperCase(Locale.ROOT);
        years = values(fields[5], 1970, 2199, List.of(), 0);
        if (dayOfMonth.equals("?") == dayOfWeek.equals("?")) {
            throw new IllegalArgumentException("exactly one of day-of-month and day-of-week must be '?': " + expression);
        }
        daysOfMonth = dayOfMonth.equals("?") || dayOfMonth.contains("L") || dayOfMonth.contains("W") ? null
                : values(dayOfMonth, 1, 31, List.of(), 0);
        daysOfWeek = dayOfWeek.equals("?") || dayOfWeek.contains("L") || dayOfWeek.contains("#") ? null
                : values(dayOfWeek, 1, 7, WEEKDAYS, 1);
    }

    public static CronExpression parse(String fields) {
        return new CronExpression(fields);
    }

    /** The first minute strictly after {@code after}, in {@code zone}. */
    public Optional<ZonedDateTime> nextAfter(ZonedDateTime after, ZoneId zone) {
        ZonedDateTime start = after.withZoneSameInstant(zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        LocalDate date = start.toLocalDate();
        LocalDate last = date.plusYears(MAX_YEARS_AHEAD);
        for (; !date.isAfter(last); date = date.plusDays(1)) {
            if (!years.get(date.getYear() - 1970) || !months.get(date.getMonthValue()) || !dayMatches(date)) {
                continue;
            }
            LocalTime from = date.equals(start.toLocalDate()) ? start.toLocalTime() : LocalTime.MIDNIGHT;
            for (int hour = from.getHour(); hour < 24; hour++) {
                if (!hours.get(hour)) {
                    continue;
                }
                int firstMinute = hour == from.getHour() ? from.getMinute() : 0;
                int minute = minutes.nextSetBit(firstMinute);
                if (minute >= 0 && minute < 60) {
                    ZonedDateTime candidate = ZonedDateTime.of(date, LocalTime.of(hour, minute), zone);
                    if (candidate.isAfter(after)) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private boolean dayMatches(LocalDate date) {
        return dayOfMonth.equals("?") ? dayOfWeekMatches(date) : dayOfMonthMatches(date);
    }

    private boolean dayOfMonthMatches(LocalDate date) {
        if (daysOfMonth != null) {
            return daysOfMonth.get(date.getDayOfMonth());
        }
        LocalDate lastDay = date.with(TemporalAdjusters.lastDayOfMonth());
        if (dayOfMonth.equals("L")) {
            return date.equals(lastDay);
        }
        if (dayOfMonth.equals("LW")) {
            return date.equals(nearestWeekday(lastDay, lastDay));
        }
        if (dayOfMonth.endsWith("W")) {
            int day = Integer.parseInt(dayOfMonth.substring(0, dayOfMonth.length() - 1));
            LocalDate target = date.withDayOfMonth(Math.min(day, lastDay.getDayOfMonth()));
            return date.equals(nearestWeekday(target, lastDay));
        }
        throw new IllegalArgumentException("unsupported day-of-month " + dayOfMonth);
    }

    /** The weekday nearest to {@code target} without leaving its month (the W rule). */
    private static LocalDate nearestWeekday(LocalDate target, LocalDate lastDay) {
        return switch (target.getDayOfWeek()) {
            case SATURDAY -> target.getDayOfMonth() == 1 ? target.plusDays(2) : target.minusDays(1);
            case SUNDAY -> target.equals(lastDay) ? target.minusDays(2) : target.plusDays(1);
            default -> target;
        };
    }

    private boolean dayOfWeekMatches(LocalDate date) {
        int weekday = date.getDayOfWeek().getValue() % 7 + 1; // ISO Monday=1..Sunday=7 -> Sunday=1..Saturday=7
        if (daysOfWeek != null) {
            return daysOfWeek.get(weekday);
        }
        if (dayOfWeek.endsWith("L")) {
            int wanted = weekday(dayOfWeek.substring(0, dayOfWeek.length() - 1));
            return weekday == wanted && date.plusWeeks(1).getMonth() != date.getMonth();
        }
        if (dayOfWeek.contains("#")) {
            String[] parts = dayOfWeek.split("#");
            int wanted = weekday(parts[0]);
            int nth = Integer.parseInt(parts[1]);
            return weekday == wanted && (date.getDayOfMonth() - 1) / 7 + 1 == nth;
        }
        throw new IllegalArgumentException("unsupported day-of-week " + dayOfWeek);
    }

    private static int weekday(String text) {
        int index = WEEKDAYS.indexOf(text);
        int value = index >= 0 ? index + 1 : Integer.parseInt(text.isEmpty() ? "7" : text);
        if (value < 1 || value > 7) {
            throw new IllegalArgumentException("weekday out of range: " + text);
        }
        return value;
    }

    /** Values of one field as bits; names are numbered from {@code nameBase}. */
    private static BitSet values(String field, int min, int max, List<String> names, int nameBase) {
        BitSet bits = new BitSet();
        for (String item : field.toUpperCase(Locale.ROOT).split(",")) {
            int step = 1;
            String range = item;
            int slash = item.indexOf('/');
            if (slash >= 0) {
                step = Integer.parseInt(item.substring(slash + 1));
                range = item.substring(0, slash);
                if (step < 1) {
                    throw new IllegalArgumentException("step must be positive: " + item);
                }
            }
            int from;
            int to;
            if (range.equals("*") || range.equals("?")) {
                from = min;
                to = max;
            } else if (range.contains("-")) {
                String[] ends = range.split("-");
                from = value(ends[0], names, nameBase);
                to = value(ends[1], names, nameBase);
            } else {
                from = value(range, names, nameBase);
                to = slash >= 0 ? max : from;
            }
            if (from < min || to > max || from > to) {
                throw new IllegalArgumentException("'" + item + "' is outside " + min + "-" + max);
            }
            for (int value = from; value <= to; value += step) {
                bits.set(value - (min == 1970 ? 1970 : 0));
            }
        }
        return bits;
    }

    private static int value(String text, List<String> names, int nameBase) {
        int index = names.indexOf(text);
        return index >= 0 ? index + nameBase : Integer.parseInt(text);
    }
}
