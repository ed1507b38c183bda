package cloud.citizen.bills.service.payments;

/**
 * A payment gateway's callback whose signature and freshness were checked: how the payment ended,
 * with the amount the gateway collected and its own reference for the charge.
 */
public record VerifiedCallback(String paymentId, String gatewayReference, long amountFen, boolean succeeded,
        String failureReason) {
}
