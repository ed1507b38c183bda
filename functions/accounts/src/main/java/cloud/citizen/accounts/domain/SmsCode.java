package cloud.citizen.accounts.domain;

import java.util.Optional;

/**
 * A one-time SMS code: exactly 6 ASCII digits. It is a secret until used, so {@link #toString()}
 * hides it; {@link #digits()} is for the SMS text and the keyed hash only.
 */
public record SmsCode(String digits) {

    public static final int LENGTH = 6;

    public SmsCode {
        if (!isWellFormed(digits)) {
            throw new IllegalArgumentException("an SMS code is exactly " + LENGTH + " digits");
        }
    }

    /** Empty when the input cannot be a code, so the caller can refuse it without a lookup. */
    public static Optional<SmsCode> parse(String raw) {
        return isWellFormed(raw) ? Optional.of(new SmsCode(raw)) : Optional.empty();
    }

    @Override
    public String toString() {
        return "SmsCode[******]";
    }

    private static boolean isWellFormed(String s) {
        return s != null && s.length() == LENGTH && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
