package cloud.citizen.bills.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import cloud.citizen.bills.domain.Bill;
import cloud.citizen.bills.domain.BillId;
import cloud.citizen.bills.domain.BillNotFoundException;
import cloud.citizen.bills.domain.BillStatus;
import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/**
 * Who may see which bill: a citizen sees the bills of the accounts bound to them, and any other
 * bill does not exist for them (404, so ids cannot be probed).
 */
public class BillAccess {
    private final BillBook book;
    private final Clock clock;

    public BillAccess(BillBook book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    public Instant bind(String userId, ProviderAccount account) {
        return book.bind(account, userId, clock.instant());
    }

    public Bill billFor(String userId, String billId) {
        if (!BillId.isWellFormed(billId)) {
            throw new BillNotFoundException();
        }
        return book.find(billId)
                .filter(bill -> book.ownerOf(bill.account()).filter(userId::equals).isPresent())
                .orElseThrow(BillNotFoundException::new);
    }

    public Page<Bill> billsOf(String userId, Optional<BillStatus> status, PageRequest page) {
        return book.billsOf(userId, status, page);
    }
}
