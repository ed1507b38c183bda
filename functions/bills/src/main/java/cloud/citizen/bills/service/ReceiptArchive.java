package cloud.citizen.bills.service;

/** Port: where receipts are kept (privately). */
public interface ReceiptArchive {

    void store(String key, String html);
}
