package cloud.citizen.bills.store;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import cloud.citizen.bills.domain.Bill;
import cloud.citizen.bills.domain.BillAlreadyPaidException;
import cloud.citizen.bills.domain.BillStatus;
import cloud.citizen.bills.domain.Payment;
import cloud.citizen.bills.domain.PaymentInProgressException;
import cloud.citizen.bills.domain.PaymentStatus;
import cloud.citizen.bills.domain.RefundNeeded;
import cloud.citizen.bills.service.PaymentLedger;
import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.platform.aws.TransactionFailures;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.outbox.OutboxEvent;

/**
 * Payments and the bill hold/paid state, as conditional writes and transactions on BillsTable
 * (key design in {@link BillsTable}). The conditions are the invariants: a bill is held by at most
 * one pending payment, leaves {@code unpaid} once, for its own amount, and money collected for a
 * bill paid otherwise is recorded as owed in the same transaction that fails its payment.
 */
public class DynamoPaymentLedger implements PaymentLedger {
    private static final String PENDING = PaymentStatus.PENDING.wireName();
    /** The failure reason a citizen sees on a payment whose money is to be refunded. */
    public static final String REFUND_PENDING = "refund_pending";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Outbox outbox;

    public DynamoPaymentLedger(DynamoDbClient dynamo, String table, Outbox outbox) {
        this.dynamo = dynamo;
        this.table = table;
        this.outbox = outbox;
    }

    @Override
    public void open(Payment payment, Instant holdUntil, Instant now, List<OutboxEvent> events) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().update(update -> update.tableName(table)
                .key(BillsTable.billKey(payment.billId()))
                .updateExpression("SET activePaymentId = :payment, activePaymentUntil = :until")
                // a hold whose time ran out (the citizen left the payment page) may be taken over
                .conditionExpression("#status = :unpaid AND (attribute_not_exists(activePaymentId)"
                        + " OR activePaymentUntil < :now)")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":payment", s(payment.paymentId()),
                        ":until", n(holdUntil.getEpochSecond()), ":now", n(now.getEpochSecond()),
                        ":unpaid", s(BillStatus.UNPAID.wireName())))).build());
        writes.add(TransactWriteItem.builder().put(put -> put.tableName(table).item(Items.newPayment(payment))
                .conditionExpression("attribute_not_exists(pk)")).build());
        events.forEach(event -> writes.add(outbox.record(event)));
        try {
            dynamo.transactWriteItems(tx -> tx.transactItems(writes));
        } catch (TransactionCanceledException e) {
            throw refusalFor(payment.billId());
        }
        events.forEach(outbox::deliver);
    }

    /** The hold failed: because the bill is paid, or because another payment holds it (or is taking it right now). */
    private RuntimeException refusalFor(String billId) {
        Map<String, AttributeValue> bill = dynamo.getItem(get -> get.tableName(table).key(BillsTable.billKey(billId))
                .consistentRead(true)).item();
        if (bill != null && BillStatus.PAID.wireName().equals(Attributes.text(bill, "status"))) {
            return new BillAlreadyPaidException();
        }
        return new PaymentInProgressException();
    }

    /**
     * The first success of a gateway pays the bill while it is unpaid, whichever payment holds it: a
     * hold only keeps a second checkout from starting, and a citizen who paid after their hold ran
     * out (and someone took it over) has paid the bill. When the bill was paid otherwise meanwhile,
     * the money is owed back: the payment fails and a refund item is written with it.
     */
    @Override
    public Settlement succeed(Payment payment, Bill bill, String gatewayReference, Instant at,
            List<OutboxEvent> events) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().update(update -> update.tableName(table)
                .key(BillsTable.paymentKey(payment.paymentId()))
                .updateExpression("SET #status = :succeeded, completedAt = :at, providerReference = :reference")
                .conditionExpression("#status = :pending")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":succeeded", s(PaymentStatus.SUCCEEDED.wireName()),
                        ":at", s(at.toString()), ":reference", s(reference(gatewayReference)),
                        ":pending", s(PENDING)))).build());
        writes.add(TransactWriteItem.builder().update(update -> update.tableName(table)
                .key(BillsTable.billKey(payment.billId()))
                .updateExpression("SET #status = :paid, paidPaymentId = :payment, paidAt = :at, gsi2sk = :sortKey"
                        + " REMOVE activePaymentId, activePaymentUntil")
                // a bill is paid once, and only for its own amount (any other pending payment loses its hold)
                .conditionExpression("#status = :unpaid AND amountFen = :amount")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":paid", s(BillStatus.PAID.wireName()),
                        ":unpaid", s(BillStatus.UNPAID.wireName()), ":payment", s(payment.paymentId()),
                        ":at", s(at.toString()), ":amount", n(payment.amountFen()),
                        ":sortKey", s(Items.statusSortKey(BillStatus.PAID, bill.period(), bill.billId()))))).build());
        events.forEach(event -> writes.add(outbox.record(event)));
        try {
            dynamo.transactWriteItems(tx -> tx.transactItems(writes));
        } catch (TransactionCanceledException e) {
            if (TransactionFailures.conditionFailed(e, 0)) {
                return Settlement.ALREADY_FINAL;
            }
            if (TransactionFailures.conditionFailed(e, 1)) {
                return owe(payment, gatewayReference, at);
            }
            throw e; // a conflicting transaction: the payment gateway retries the callback
        }
        events.forEach(outbox::deliver);
        return Settlement.SETTLED;
    }

    /** The bill was paid by another payment: this one fails, and the refund it needs is recorded with it. */
    private Settlement owe(Payment payment, String gatewayReference, Instant at) {
        RefundNeeded refund = new RefundNeeded(payment.paymentId(), payment.billId(), payment.userId(),
                payment.method(), payment.amountFen(), gatewayReference, at);
        try {
            dynamo.transactWriteItems(tx -> tx.transactItems(
                    TransactWriteItem.builder().update(update -> update.tableName(table)
                            .key(BillsTable.paymentKey(payment.paymentId()))
                            .updateExpression("SET #status = :failed, completedAt = :at, failureReason = :reason,"
                                    + " providerReference = :reference")
                            .conditionExpression("#status = :pending")
                            .expressionAttributeNames(Map.of("#status", "status"))
                            .expressionAttributeValues(Map.of(":failed", s(PaymentStatus.FAILED.wireName()),
                                    ":at", s(at.toString()), ":reason", s(REFUND_PENDING),
                                    ":reference", s(reference(gatewayReference)), ":pending", s(PENDING)))).build(),
                    // owed only because the bill is paid: a bill never goes back to unpaid
                    TransactWriteItem.builder().conditionCheck(check -> check.tableName(table)
                            .key(BillsTable.billKey(payment.billId())).conditionExpression("#status = :paid")
                            .expressionAttributeNames(Map.of("#status", "status"))
                            .expressionAttributeValues(Map.of(":paid", s(BillStatus.PAID.wireName())))).build(),
                    TransactWriteItem.builder().put(put -> put.tableName(table).item(Items.refund(refund))
                            .conditionExpression("attribute_not_exists(pk)")).build()));
        } catch (TransactionCanceledException e) {
            if (TransactionFailures.conditionFailed(e, 0) || TransactionFailures.conditionFailed(e, 2)) {
                return Settlement.ALREADY_FINAL; // a duplicate of this callback recorded it
            }
            throw e;
        }
        return Settlement.REFUND_NEEDED;
    }

    private static String reference(String gatewayReference) {
        return gatewayReference == null ? "" : gatewayReference;
    }

    @Override
    public boolean fail(Payment payment, String reason, Instant at) {
        try {
            dynamo.updateItem(update -> update.tableName(table).key(BillsTable.paymentKey(payment.paymentId()))
                    .updateExpression("SET #status = :failed, completedAt = :at, failureReason = :reason")
                    .conditionExpression("#status = :pending")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":failed", s(PaymentStatus.FAILED.wireName()),
                            ":at", s(at.toString()), ":reason", s(reason), ":pending", s(PENDING))));
        } catch (ConditionalCheckFailedException alreadyFinal) {
            return false;
        }
        try {
            // let the citizen try again at once instead of waiting for the hold to run out
            dynamo.updateItem(update -> update.tableName(table).key(BillsTable.billKey(payment.billId()))
                    .updateExpression("REMOVE activePaymentId, activePaymentUntil")
                    .conditionExpression("activePaymentId = :payment")
                    .expressionAttributeValues(Map.of(":payment", s(payment.paymentId()))));
        } catch (ConditionalCheckFailedException heldByAnother) {
            // the hold had expired and another payment took it: nothing of ours to release
        }
        return true;
    }
}
