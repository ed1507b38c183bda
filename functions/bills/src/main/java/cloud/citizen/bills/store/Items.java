package cloud.citizen.bills.store;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.number;
import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.bills.domain.AccountHolder;
import cloud.citizen.bills.domain.Bill;
import cloud.citizen.bills.domain.BillKind;
import cloud.citizen.bills.domain.BillStatus;
import cloud.citizen.bills.domain.BoundAccount;
import cloud.citizen.bills.domain.ImportedBill;
import cloud.citizen.bills.domain.Payment;
import cloud.citizen.bills.domain.PaymentMethod;
import cloud.citizen.bills.domain.PaymentStatus;
import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.bills.domain.RefundNeeded;

/** Bills and payments to and from their items; the layout is described in {@link BillsTable}. */
final class Items {
    /** On an account, who holds it; on a binding, the holder the citizen proved. */
    static final String HOLDER_FINGERPRINT = "holderFingerprint";
    /** On an account: the period of the file row that named its holder. */
    static final String HOLDER_SINCE = "holderSince";

    private Items() {
    }

    static String statusSortKey(BillStatus status, YearMonth period, String billId) {
        return status.wireName() + "#" + period + "#" + billId;
    }

    static Map<String, AttributeValue> newBill(ImportedBill bill) {
        Map<String, AttributeValue> item = new HashMap<>(BillsTable.billKey(bill.billId()));
        item.put("billId", s(bill.billId()));
        item.put("provider", s(bill.account().provider()));
        item.put("accountNumber", s(bill.account().accountNumber()));
        item.put("kind", s(bill.kind().wireName()));
        item.put("period", s(bill.period().toString()));
        item.put("amountFen", n(bill.amountFen()));
        item.put("dueDate", s(bill.dueDate().toString()));
        item.put("status", s(BillStatus.UNPAID.wireName()));
        item.put("gsi2pk", s(BillsTable.accountPk(bill.account().key())));
        item.put("gsi2sk", s(statusSortKey(BillStatus.UNPAID, bill.period(), bill.billId())));
        return item;
    }

    /**
     * An account as the row naming its holder has it: the holder only as a fingerprint, and the
     * period of that row (a holder change never goes backwards, see {@link AccountHolder}).
     */
    static Map<String, AttributeValue> account(ImportedBill bill) {
        ProviderAccount account = bill.account();
        AccountHolder holder = AccountHolder.namedBy(bill);
        Map<String, AttributeValue> item = new HashMap<>(BillsTable.accountKey(account.key()));
        item.put("provider", s(account.provider()));
        item.put("accountNumber", s(account.accountNumber()));
        item.put(HOLDER_FINGERPRINT, s(holder.fingerprint()));
        item.put(HOLDER_SINCE, s(holder.since().toString()));
        return item;
    }

    static AccountHolder accountHolder(Map<String, AttributeValue> item) {
        String since = text(item, HOLDER_SINCE);
        return new AccountHolder(text(item, HOLDER_FINGERPRINT), since == null ? null : YearMonth.parse(since));
    }

    /** @param holderFingerprint the holder the citizen named: a later holder change ends this binding */
    static Map<String, AttributeValue> binding(BoundAccount bound, String userId, String holderFingerprint) {
        ProviderAccount account = bound.account();
        Map<String, AttributeValue> item = new HashMap<>(BillsTable.bindingKey(account.key(), userId));
        item.put("provider", s(account.provider()));
        item.put("accountNumber", s(account.accountNumber()));
        item.put("userId", s(userId));
        item.put("holderMasked", s(bound.maskedHolderName()));
        item.put("boundAt", s(bound.boundAt().toString()));
        item.put(HOLDER_FINGERPRINT, s(holderFingerprint));
        item.put("gsi1pk", s(BillsTable.ownerPk(userId)));
        item.put("gsi1sk", s(BillsTable.accountPk(account.key())));
        return item;
    }

    static BoundAccount boundAccount(Map<String, AttributeValue> item) {
        return new BoundAccount(new ProviderAccount(text(item, "provider"), text(item, "accountNumber")),
                text(item, "holderMasked"), Instant.parse(text(item, "boundAt")));
    }

    static Map<String, AttributeValue> refund(RefundNeeded refund) {
        Map<String, AttributeValue> item = new HashMap<>(BillsTable.refundKey(refund.paymentId()));
        item.put("paymentId", s(refund.paymentId()));
        item.put("billId", s(refund.billId()));
        item.put("userId", s(refund.userId()));
        item.put("method", s(refund.method().wireName()));
        item.put("amountFen", n(refund.amountFen()));
        item.put("providerReference", s(refund.gatewayReference() == null ? "" : refund.gatewayReference()));
        item.put("recordedAt", s(refund.recordedAt().toString()));
        item.put("gsi1pk", s(BillsTable.REFUNDS_PK));
        item.put("gsi1sk", s("NEEDED#" + refund.recordedAt() + "#" + refund.paymentId()));
        return item;
    }

    static RefundNeeded refundNeeded(Map<String, AttributeValue> item) {
        String reference = text(item, "providerReference");
        return new RefundNeeded(text(item, "paymentId"), text(item, "billId"), text(item, "userId"),
                PaymentMethod.fromWire(text(item, "method")).orElseThrow(), number(item, "amountFen"),
                reference == null || reference.isEmpty() ? null : reference, Instant.parse(text(item, "recordedAt")));
    }

    /**
     * What a listed bill needs of its item: the fields {@link #bill} reads and the keys a cursor
     * names; a pending payment's hold and the paid date stay behind. Names go through {@code #}
     * placeholders because {@code status} is a reserved word.
     */
    static final String LISTED_BILL_PROJECTION = "pk, sk, gsi2pk, gsi2sk, billId, #provider, accountNumber, #kind, "
            + "#period, amountFen, dueDate, #status, paidPaymentId";
    static final Map<String, String> LISTED_BILL_NAMES = Map.of("#provider", "provider", "#kind", "kind",
            "#period", "period", "#status", "status");

    static Bill bill(Map<String, AttributeValue> item) {
        return new Bill(text(item, "billId"), new ProviderAccount(text(item, "provider"), text(item, "accountNumber")),
                BillKind.fromWire(text(item, "kind")).orElseThrow(), YearMonth.parse(text(item, "period")),
                number(item, "amountFen"), LocalDate.parse(text(item, "dueDate")),
                BillStatus.fromWire(text(item, "status")), text(item, "paidPaymentId"));
    }

    static Map<String, AttributeValue> newPayment(Payment payment) {
        Map<String, AttributeValue> item = new HashMap<>(BillsTable.paymentKey(payment.paymentId()));
        item.put("paymentId", s(payment.paymentId()));
        item.put("billId", s(payment.billId()));
        item.put("userId", s(payment.userId()));
        item.put("method", s(payment.method().wireName()));
        item.put("amountFen", n(payment.amountFen()));
        item.put("status", s(payment.status().wireName()));
        item.put("payUrl", s(payment.payUrl()));
        item.put("createdAt", s(payment.createdAt().toString()));
        item.put("gsi1pk", s("PAYER#" + payment.userId()));
        item.put("gsi1sk", s("PAYMENT#" + String.format("%013d", payment.createdAt().toEpochMilli()) + "#"
                + payment.paymentId()));
        return item;
    }

    static Payment payment(Map<String, AttributeValue> item) {
        String completedAt = text(item, "completedAt");
        return new Payment(text(item, "paymentId"), text(item, "billId"), text(item, "userId"),
                PaymentMethod.fromWire(text(item, "method")).orElseThrow(), number(item, "amountFen"),
                PaymentStatus.fromWire(text(item, "status")), text(item, "payUrl"),
                Instant.parse(text(item, "createdAt")), completedAt == null ? null : Instant.parse(completedAt),
                text(item, "failureReason"), text(item, "receiptKey"));
    }
}
