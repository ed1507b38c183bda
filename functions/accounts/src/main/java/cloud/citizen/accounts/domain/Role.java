package cloud.citizen.accounts.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Roles carried in the access token; lower-case on the wire ("citizen", "staff", "admin"). */
public enum Role {
    CITIZEN,
    STAFF,
    ADMIN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Exact, case-sensitive match: the wire format has one spelling. */
    public static Optional<Role> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(role -> role.wireName().equals(wireName)).findFirst();
    }
}
