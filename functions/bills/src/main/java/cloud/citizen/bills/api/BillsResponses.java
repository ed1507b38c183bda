package cloud.citizen.bills.api;

import cloud.citizen.bills.domain.Bill;
import cloud.citizen.bills.domain.Payment;
import cloud.citizen.bills.domain.BoundAccount;
import cloud.citizen.bills.domain.RefundNeeded;

/** Response bodies of the bills routes (docs/api.md fields, plus a few more that the app can use). */
final class BillsResponses {
    private BillsResponses() {
    }

    record BoundAccountView(String provider, String accountNumber, String holderName, String boundAt) {
        static BoundAccountView of(BoundAccount bound) {
            return new BoundAccountView(bound.account().provider(), bound.account().accountNumber(),
                    bound.maskedHolderName(), ApiTimes.format(bound.boundAt()));
        }
    }

    /** For operations: the payment to refund and the gateway's reference of the charge. */
    record RefundView(String paymentId, String billId, String userId, String method, long amountFen,
            String providerReference, String recordedAt) {
        static RefundView of(RefundNeeded refund) {
            return new RefundView(refund.paymentId(), refund.billId(), refund.userId(), refund.method().wireName(),
                    refund.amountFen(), refund.gatewayReference(), ApiTimes.format(refund.recordedAt()));
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
