package cloud.citizen.bills.service;

/** Port: short-lived download links for stored receipts. */
public interface ReceiptLinks {

    String linkTo(String receiptKey);
}
