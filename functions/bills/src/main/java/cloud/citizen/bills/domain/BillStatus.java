package cloud.citizen.bills.domain;

import java.util.Locale;

/** A bill is unpaid until exactly one payment for it succeeds. */
public enum BillStatus {
    UNPAID, PAID;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BillStatus fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
