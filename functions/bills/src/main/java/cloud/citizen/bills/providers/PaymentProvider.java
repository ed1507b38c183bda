package cloud.citizen.bills.providers;

import java.time.Instant;
import java.util.function.Function;

import cloud.citizen.bills.domain.PaymentMethod;

/**
 * The port every payment provider's adapter implements: start a payment for a bill, and turn the
 * provider's signed callback into a verified outcome. Adapters know the provider's wire format and
 * signature scheme; nothing else in the function does.
 */
public interface PaymentProvider {

    PaymentMethod method();

    /** What to hand the citizen (payUrl) and what to ask of the provider, recorded in the payment's transaction. */
    ProviderCheckout begin(PaymentOrder order);

    /**
     * Checks the signature and freshness of a callback and reads it.
     *
     * @param header the request's header values by name (case-insensitive)
     * @throws cloud.citizen.bills.domain.BadSignatureException when forged, altered or too old
     */
    ProviderCallback verify(byte[] rawBody, Function<String, String> header, Instant now);
}
