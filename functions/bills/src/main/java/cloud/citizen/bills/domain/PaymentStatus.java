package cloud.citizen.bills.domain;

import java.util.Locale;

/** pending -> succeeded | failed, exactly once; a final status never changes again. */
public enum PaymentStatus {
    PENDING, SUCCEEDED, FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinal() {
        return this != PENDING;
    }

    public static PaymentStatus fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
