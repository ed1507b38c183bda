package cloud.citizen.bills.providers;

/** A verified provider callback: how the payment ended, with the amount the provider collected. */
public record ProviderCallback(String paymentId, String providerReference, long amountFen, boolean succeeded,
        String failureReason) {
}
