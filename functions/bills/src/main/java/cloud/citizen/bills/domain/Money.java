package cloud.citizen.bills.domain;

/** Amounts are integer fen everywhere; this only formats them for people. */
public final class Money {
    private Money() {
    }

    /** 12850 -> "¥128.50". */
    public static String yuan(long fen) {
        String sign = fen < 0 ? "-" : "";
        long abs = Math.abs(fen);
        return sign + "¥" + (abs / 100) + "." + String.format("%02d", abs % 100);
    }
}
