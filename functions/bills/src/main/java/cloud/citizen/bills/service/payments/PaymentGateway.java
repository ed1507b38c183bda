package cloud.citizen.bills.service.payments;

import java.time.Instant;
import java.util.function.Function;

import cloud.citizen.bills.domain.PaymentMethod;

/**
 * The port every payment gateway's adapter implements (one per payment method: sandbox, Alipay,
 * ...): start a payment for a bill, and turn the gateway's signed callback into a verified outcome.
 * Adapters know the gateway's wire format and signature scheme; nothing else in the function does.
 */
public interface PaymentGateway {

    PaymentMethod method();

    /** What to hand the citizen (payUrl) and what to ask of the gateway, recorded in the payment's transaction. */
    GatewayCheckout begin(PaymentOrder order);

    /**
     * Checks the signature and freshness of a callback and reads it.
     *
     * @param header the request's header values by name (case-insensitive)
     * @throws cloud.citizen.bills.domain.BadSignatureException when forged, altered or too old
     */
    VerifiedCallback verify(byte[] rawBody, Function<String, String> header, Instant now);
}
