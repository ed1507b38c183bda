package cloud.citizen.votes.domain;

import java.math.BigDecimal;

/**
 * Exclusive areas are exact: kept as whole hundredths of a square metre ("centi-m²") in storage and
 * arithmetic, shown as decimals with two places. No floating point anywhere, so a boundary case of
 * art. 278 decides the same way every time.
 */
public final class Areas {
    /** A generous upper bound (1,000,000 m² for one unit) that keeps every sum far inside a long. */
    public static final BigDecimal MAX_M2 = new BigDecimal("1000000");

    private Areas() {
    }

    /** @return hundredths of m²; the value must have at most two decimal places */
    public static long toCenti(BigDecimal m2) {
        return m2.movePointRight(2).longValueExact();
    }

    public static boolean hasAtMostTwoDecimals(BigDecimal m2) {
        return m2.stripTrailingZeros().scale() <= 2;
    }

    public static BigDecimal toM2(long centi) {
        return BigDecimal.valueOf(centi, 2);
    }
}
