package cloud.citizen.accounts.domain;

/**
 * A mainland China mobile number: {@code 1[3-9]} followed by 9 digits, stored without the country
 * code. {@link #toString()} is masked so the full number cannot slip into a log line or an
 * exception message; use {@link #digits()} only where the full number is really needed (keyed
 * hash, SMS delivery).
 */
public record PhoneNumber(String digits) {

    private static final String COUNTRY_PREFIX = "+86";
    private static final String RULE =
            "must be a mainland China mobile number: 11 digits starting with 13-19, optionally prefixed by +86";

    public PhoneNumber {
        if (!isMobileNumber(digits)) {
            // The rule, never the rejected value: it may be personal data.
            throw new IllegalArgumentException("phone number " + RULE);
        }
    }

    /** Accepts {@code 13812345678}, {@code +8613812345678} and {@code +86 13812345678}. */
    public static Parsed<PhoneNumber> parse(String raw) {
        if (raw == null) {
            return new Parsed.Invalid<>(RULE);
        }
        String candidate = raw.strip();
        if (candidate.startsWith(COUNTRY_PREFIX)) {
            candidate = candidate.substring(COUNTRY_PREFIX.length()).stripLeading();
        }
        return isMobileNumber(candidate)
                ? new Parsed.Valid<>(new PhoneNumber(candidate))
                : new Parsed.Invalid<>(RULE);
    }

    /** {@code 138****5678}, the only form the API ever returns. */
    public String masked() {
        return digits.substring(0, 3) + "****" + digits.substring(7);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static boolean isMobileNumber(String s) {
        if (s == null || s.length() != 11 || s.charAt(0) != '1' || s.charAt(1) < '3' || s.charAt(1) > '9') {
            return false;
        }
        // ASCII only: Character.isDigit would also let full-width and other scripts' digits through.
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
