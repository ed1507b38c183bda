package cloud.citizen.bills.service;

import cloud.citizen.bills.domain.RefundNeeded;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/** Port: the refunds operations owe, oldest first (the ledger records them). */
public interface Refunds {

    Page<RefundNeeded> needed(PageRequest page);
}
