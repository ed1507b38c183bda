package cloud.citizen.bills.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The ways to pay a citizen can choose, each served by a payment gateway; {@code sandbox} is the
 * one that runs locally.
 */
public enum PaymentMethod {
    SANDBOX, ALIPAY, WECHAT, UNIONPAY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PaymentMethod> fromWire(String value) {
        for (PaymentMethod method : values()) {
            if (method.wireName().equals(value)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
