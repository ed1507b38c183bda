package cloud.citizen.bills.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/** A bill as the utility provider issued it, and whether it has been paid (by which payment). */
public record Bill(String billId, ProviderAccount account, BillKind kind, YearMonth period, long amountFen,
        LocalDate dueDate, BillStatus status, String paidPaymentId) {

    public boolean isPaid() {
        return status == BillStatus.PAID;
    }
}
