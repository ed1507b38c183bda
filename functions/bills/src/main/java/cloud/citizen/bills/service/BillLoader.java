package cloud.citizen.bills.service;

import java.util.List;

import cloud.citizen.bills.domain.ImportedBill;

/** Port: stores imported bills and the accounts they belong to. */
public interface BillLoader {

    /** What became of one imported bill. */
    enum Outcome {
        /** Stored now. */
        CREATED,
        /** The same bill was stored before: nothing changed. */
        UNCHANGED,
        /** A different bill with the same id (provider, account, period) exists: kept as it was. */
        CONFLICT
    }

    /** Stores the bills that do not exist yet, never changing an existing one; outcomes in the order given. */
    List<Outcome> load(List<ImportedBill> bills);
}
