package cloud.citizen.bills.service;

import java.util.Optional;

import cloud.citizen.bills.domain.Bill;
import cloud.citizen.bills.domain.BillId;
import cloud.citizen.bills.domain.BillNotFoundException;
import cloud.citizen.bills.domain.BillStatus;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/**
 * Who may see which bill: a citizen sees (and may pay) the bills of the accounts they bound, as
 * may every other member of the household who bound them; any other bill does not exist for them
 * (404, so ids cannot be probed).
 */
public class BillAccess {
    private final BillBook book;

    public BillAccess(BillBook book) {
        this.book = book;
    }

    public Bill billFor(String userId, String billId) {
        if (!BillId.isWellFormed(billId)) {
            throw new BillNotFoundException();
        }
        return book.find(billId)
                .filter(bill -> book.isBoundTo(bill.account(), userId))
                .orElseThrow(BillNotFoundException::new);
    }

    public Page<Bill> billsOf(String userId, Optional<BillStatus> status, PageRequest page) {
        return book.billsOf(userId, status, page);
    }
}
