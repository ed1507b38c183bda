package cloud.citizen.accounts.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * Made-up ID numbers for tests, with the check character computed by the GB 11643 algorithm. None
 * is copied from anywhere.
 */
public final class SampleIdNumbers {

    /** 510104 = Jinjiang District, Chengdu; born 1990-03-07; sequence 123. */
    public static final String CHENGDU_1990 = valid("510104", LocalDate.of(1990, 3, 7), "123");

    private static final List<Integer> MAINLAND_PROVINCES = List.of(
            11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
            41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65);

    private SampleIdNumbers() {
    }

    public static String valid(String region, LocalDate birthDate, String sequence) {
        String first17 = region + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + sequence;
        return first17 + IdNumber.checkCharacterFor(first17);
    }

    /** A random number that satisfies every rule, born between 1900-01-01 and {@code today}. */
    public static String random(Random random, LocalDate today) {
        int province = MAINLAND_PROVINCES.get(random.nextInt(MAINLAND_PROVINCES.size()));
        // City 01-99 and county 00-99: never "0000", the only region shape the rules refuse.
        String region = String.format("%02d%02d%02d", province, 1 + random.nextInt(99), random.nextInt(100));
        long days = today.toEpochDay() - IdNumber.EARLIEST_BIRTH_DATE.toEpochDay();
        LocalDate birthDate = IdNumber.EARLIEST_BIRTH_DATE.plusDays((long) (random.nextDouble() * (days + 1)));
        return valid(region, birthDate, String.format("%03d", random.nextInt(1000)));
    }
}
