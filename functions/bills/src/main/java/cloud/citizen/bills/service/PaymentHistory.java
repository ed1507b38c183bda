package cloud.citizen.bills.service;

import cloud.citizen.bills.domain.Payment;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/** Port: a citizen's payments, newest first. */
public interface PaymentHistory {

    Page<Payment> paymentsOf(String userId, PageRequest page);
}
