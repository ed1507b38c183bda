package cloud.citizen.bills.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/** One good row of a provider's bill file: a new bill, unpaid, and who holds its account. */
public record ImportedBill(ProviderAccount account, HolderName holder, BillKind kind, YearMonth period, long amountFen,
        LocalDate dueDate) {

    public String billId() {
        return BillId.of(account, period);
    }

    /** Whether an already stored bill says the same; if not, the row conflicts with it. */
    public boolean sameAs(Bill stored) {
        return stored.account().equals(account) && stored.kind() == kind && stored.period().equals(period)
                && stored.amountFen() == amountFen && stored.dueDate().equals(dueDate);
    }
}
