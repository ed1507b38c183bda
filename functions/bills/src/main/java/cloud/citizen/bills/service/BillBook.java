package cloud.citizen.bills.service;

import java.time.Instant;
import java.util.Optional;

import cloud.citizen.bills.domain.Bill;
import cloud.citizen.bills.domain.BillStatus;
import cloud.citizen.bills.domain.BoundAccount;
import cloud.citizen.bills.domain.HolderName;
import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/** Port: provider accounts, the citizens who bound them (a household: several), and their bills. */
public interface BillBook {

    Optional<Bill> find(String billId);

    /** Whether the citizen bound the account (and so sees and may pay its bills). */
    boolean isBoundTo(ProviderAccount account, String userId);

    /**
     * Binds an account the providers loaded to a citizen who names its holder as the provider has
     * it. An unknown account and another name fail alike, with the same work done.
     *
     * @throws cloud.citizen.bills.domain.AccountNotFoundException no such account, or another holder
     * @throws cloud.citizen.bills.domain.AccountAlreadyBoundException this citizen bound it already
     */
    BoundAccount bind(ProviderAccount account, HolderName holder, String userId, Instant now);

    /** @throws cloud.citizen.bills.domain.AccountNotFoundException if the citizen had not bound it */
    void unbind(ProviderAccount account, String userId);

    /** The accounts the citizen bound, in account order. */
    Page<BoundAccount> accountsOf(String userId, PageRequest page);

    /** The bills of every account bound to the citizen: unpaid first, newest period first. */
    Page<Bill> billsOf(String userId, Optional<BillStatus> status, PageRequest page);
}
