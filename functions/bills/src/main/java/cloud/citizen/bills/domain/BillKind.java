package cloud.citizen.bills.domain;

import java.util.Locale;
import java.util.Optional;

/** What a bill is for; lower case on the wire ({@code water}). */
public enum BillKind {
    WATER("水费"), ELECTRICITY("电费"), GAS("燃气费"), EDUCATION("学费"), PROPERTY("物业费");

    private final String chineseName;

    BillKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How receipts and notifications name the bill for a citizen. */
    public String chineseName() {
        return chineseName;
    }

    public static Optional<BillKind> fromWire(String value) {
        for (BillKind kind : values()) {
            if (kind.wireName().equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
