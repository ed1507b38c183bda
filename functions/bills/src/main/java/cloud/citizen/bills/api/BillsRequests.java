package cloud.citizen.bills.api;

import cloud.citizen.bills.domain.PaymentMethod;

/** Request bodies of the bills routes, exactly as docs/api.md names their fields. */
final class BillsRequests {
    private BillsRequests() {
    }

    record BindAccountRequest(String provider, String accountNumber, String holderName) {
    }

    record PaymentRequest(PaymentMethod method) {
    }
}
