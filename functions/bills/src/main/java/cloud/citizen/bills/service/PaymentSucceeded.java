package cloud.citizen.bills.service;

/**
 * The event that announces a paid bill (outbox -> ReceiptQueue). It carries what a receipt shows,
 * so the receipt worker needs no second read; the account number only masked.
 */
public record PaymentSucceeded(String eventId, String type, String paymentId, String billId, String userId,
        String provider, String maskedAccountNumber, String kind, String period, long amountFen, String method,
        String paidAt) {

    public static final String TYPE = "PaymentSucceeded";
}
