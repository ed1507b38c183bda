package cloud.citizen.accounts.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why an SMS code was requested; lower-case on the wire. A code is only good for its own purpose,
 * so a login code cannot be replayed to reset a password.
 */
public enum SmsPurpose {
    REGISTER,
    LOGIN,
    RESET;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Exact, case-sensitive match: the wire format has one spelling. */
    public static Optional<SmsPurpose> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(purpose -> purpose.wireName().equals(wireName)).findFirst();
    }
}
