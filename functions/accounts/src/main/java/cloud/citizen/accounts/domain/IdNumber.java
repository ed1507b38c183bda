package cloud.citizen.accounts.domain;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An 18-character PRC resident identity number (GB 11643-1999), normalised to upper-case X.
 * {@link #toString()} is masked so the number cannot leak into logs; {@link #value()} is for the
 * keyed hash and the encryption only. See {@link IdNumberRule} for exactly what is checked.
 */
public record IdNumber(String value) {

    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    // ISO 7064 MOD 11-2: weight of position i is 2^(17-i) mod 11; the check character is indexed
    // by (weighted sum mod 11).
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    /**
     * Checks every rule except "birth date not in the future": a number accepted yesterday and
     * read back from storage must not become invalid, and "today" needs a clock, which only
     * {@link #parse} gets.
     */
    public IdNumber {
        Optional<IdNumberRule> broken = firstBrokenRule(value, LocalDate.MAX);
        if (broken.isPresent()) {
            throw new IllegalArgumentException("invalid ID number: " + broken.get().description());
        }
    }

    /** Strips surrounding whitespace and accepts a lower-case x as check character. */
    public static IdNumberCheck parse(String raw, Clock clock) {
        if (raw == null) {
            return new IdNumberCheck.Invalid(IdNumberRule.FORMAT);
        }
        String candidate = raw.strip();
        if (candidate.endsWith("x")) {
            candidate = candidate.substring(0, candidate.length() - 1) + 'X';
        }
        Optional<IdNumberRule> broken = firstBrokenRule(candidate, CityZone.dayOf(clock.instant()));
        if (broken.isPresent()) {
            return new IdNumberCheck.Invalid(broken.get());
        }
        return new IdNumberCheck.Valid(new IdNumber(candidate));
    }

    /** The GB 11643 check character for 17 ASCII digits. */
    public static char checkCharacterFor(CharSequence first17Digits) {
        if (first17Digits.length() != 17) {
            throw new IllegalArgumentException("expected 17 digits, got " + first17Digits.length() + " characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17Digits.charAt(i);
            if (!isAsciiDigit(c)) {
                throw new IllegalArgumentException("expected only ASCII digits");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    public LocalDate birthDate() {
        return birthDateOf(value).orElseThrow();
    }

    /** {@code 510***********1234}, the only form the API ever returns. */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(11) + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static Optional<IdNumberRule> firstBrokenRule(String candidate, LocalDate today) {
        if (!hasValidFormat(candidate)) {
            return Optional.of(IdNumberRule.FORMAT);
        }
        if (!hasMainlandRegion(candidate)) {
            return Optional.of(IdNumberRule.REGION);
        }
        Optional<LocalDate> birthDate = birthDateOf(candidate);
        if (birthDate.isEmpty()) {
            return Optional.of(IdNumberRule.BIRTH_DATE);
        }
        if (birthDate.get().isBefore(EARLIEST_BIRTH_DATE) || birthDate.get().isAfter(today)) {
            return Optional.of(IdNumberRule.BIRTH_DATE_OUT_OF_RANGE);
        }
        if (checkCharacterFor(candidate.subSequence(0, 17)) != candidate.charAt(17)) {
            return Optional.of(IdNumberRule.CHECKSUM);
        }
        return Optional.empty();
    }

    private static boolean hasValidFormat(String candidate) {
        if (candidate == null || candidate.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (!isAsciiDigit(candidate.charAt(i))) {
                return false;
            }
        }
        char last = candidate.charAt(17);
        return isAsciiDigit(last) || last == 'X';
    }

    private static boolean hasMainlandRegion(String candidate) {
        int province = Integer.parseInt(candidate.substring(0, 2));
        boolean mainlandProvince = (province >= 11 && province <= 15)
                || (province >= 21 && province <= 23)
                || (province >= 31 && province <= 37)
                || (province >= 41 && province <= 46)
                || (province >= 50 && province <= 54)
                || (province >= 61 && province <= 65);
        return mainlandProvince && !candidate.startsWith("0000", 2);
    }

    private static Optional<LocalDate> birthDateOf(String candidate) {
        int year = Integer.parseInt(candidate.substring(6, 10));
        int month = Integer.parseInt(candidate.substring(10, 12));
        int day = Integer.parseInt(candidate.substring(12, 14));
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException notACalendarDate) {
            return Optional.empty();
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
