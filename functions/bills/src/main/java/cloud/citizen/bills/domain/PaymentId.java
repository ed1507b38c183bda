package cloud.citizen.bills.domain;

import java.util.UUID;
import java.util.regex.Pattern;

/** Payment ids: {@code pay_} and 32 hex digits. An id of any other shape names no payment. */
public final class PaymentId {
    private static final Pattern FORMAT = Pattern.compile("pay_[0-9a-f]{32}");

    private PaymentId() {
    }

    public static String next() {
        return "pay_" + UUID.randomUUID().toString().replace("-", "");
    }

    public static boolean isWellFormed(String paymentId) {
        return paymentId != null && FORMAT.matcher(paymentId).matches();
    }
}
