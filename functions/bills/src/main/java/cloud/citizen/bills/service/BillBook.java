package cloud.citizen.bills.service;

import java.time.Instant;
import java.util.Optional;

import cloud.citizen.bills.domain.Bill;
import cloud.citizen.bills.domain.BillStatus;
import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/** Port: provider accounts, who bound them, and their bills. */
public interface BillBook {

    Optional<Bill> find(String billId);

    /** The citizen the account is bound to, if any. */
    Optional<String> ownerOf(ProviderAccount account);

    /**
     * Binds an account the providers loaded to a citizen; binding one's own account again is fine.
     *
     * @return when it was bound
     * @throws cloud.citizen.bills.domain.AccountNotFoundException if no provider file ever contained it
     * @throws cloud.citizen.bills.domain.AccountAlreadyBoundException if another citizen bound it
     */
    Instant bind(ProviderAccount account, String userId, Instant now);

    /** The bills of every account bound to the citizen: unpaid first, newest period first. */
    Page<Bill> billsOf(String userId, Optional<BillStatus> status, PageRequest page);
}
