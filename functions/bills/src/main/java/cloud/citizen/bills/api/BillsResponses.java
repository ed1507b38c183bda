package cloud.citizen.bills.api;

import cloud.citizen.bills.domain.Bill;
import cloud.citizen.bills.domain.Payment;
import cloud.citizen.bills.domain.ProviderAccount;

/** Response bodies of the bills routes (docs/api.md fields, plus a few more that the app can use). */
final class BillsResponses {
    private BillsResponses() {
    }

    record BoundAccount(String provider, String accountNumber, String boundAt) {
        static BoundAccount of(ProviderAccount account, java.time.Instant boundAt) {
            return new BoundAccount(account.provider(), account.accountNumber(), ApiTimes.format(boundAt));
        }
    }

    record BillView(String billId, String provider, String accountNumber, String kind, String period, long amountFen,
            String status, String dueDate) {
        static BillView of(Bill bill) {
            return new BillView(bill.billId(), bill.account().provider(), bill.account().accountNumber(),
                    bill.kind().wireName(), bill.period().toString(), bill.amountFen(), bill.status().wireName(),
                    bill.dueDate().toString());
        }
    }

    record PaymentCreated(String paymentId, String billId, long amountFen, String status, String payUrl, String method,
            String createdAt) {
        static PaymentCreated of(Payment payment) {
            return new PaymentCreated(payment.paymentId(), payment.billId(), payment.amountFen(),
                    payment.status().wireName(), payment.payUrl(), payment.method().wireName(),
                    ApiTimes.format(payment.createdAt()));
        }
    }

    record PaymentView(String paymentId, String billId, long amountFen, String method, String status,
            String receiptUrl, String createdAt, String completedAt, String failureReason) {
        static PaymentView of(Payment payment, String receiptUrl) {
            return new PaymentView(payment.paymentId(), payment.billId(), payment.amountFen(),
                    payment.method().wireName(), payment.status().wireName(), receiptUrl,
                    ApiTimes.format(payment.createdAt()), ApiTimes.format(payment.completedAt()),
                    payment.failureReason());
        }
    }

    record CallbackAnswer(String paymentId, String status) {
        static CallbackAnswer of(Payment payment) {
            return new CallbackAnswer(payment.paymentId(), payment.status().wireName());
        }
    }
}
