package cloud.citizen.bills.store;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.platform.aws.Attributes;

/**
 * The bills function's single table (template.yaml: BillsTable, keys pk/sk, TTL on ttl); its name
 * comes from {@code BillsSettings} and is handed to each adapter.
 * <pre>
 * pk                             sk           what                                   access pattern
 * ACCOUNT#{provider}#{number}    ACCOUNT      provider, accountNumber                 binding needs it to exist (import writes it)
 * ACCOUNT#{provider}#{number}    BINDING      userId, boundAt                         one citizen per account (conditional put)
 *                                             GSI ByOwner: gsi1pk=OWNER#{userId},     a citizen's accounts
 *                                             gsi1sk=ACCOUNT#{provider}#{number}
 * BILL#{billId}                  BILL         provider, accountNumber, kind, period,  GET /v1/bills/{billId}
 *                                             amountFen, dueDate, status,
 *                                             activePaymentId + activePaymentUntil    the hold of a pending payment
 *                                             paidPaymentId, paidAt                   paid at most once (conditions)
 *                                             GSI ByAccount: gsi2pk=ACCOUNT#{provider}#{number},
 *                                             gsi2sk={status}#{period}#{billId}        an account's bills by status,
 *                                                                                     newest first ("unpaid" > "paid")
 * PAYMENT#{paymentId}            PAYMENT      billId, userId, method, amountFen,      GET /v1/payments/{id}, callbacks
 *                                             status, payUrl, createdAt, completedAt,
 *                                             providerReference (the payment gateway's
 *                                             id of the charge), failureReason, receiptKey
 *                                             GSI ByOwner: gsi1pk=PAYER#{userId},     a citizen's payment history
 *                                             gsi1sk=PAYMENT#{createdAt ms, 13 digits}#{paymentId}
 * OUTBOX#{0-7}                   EVENT#{id}   see platform Outbox                     events committed with the change
 * IDEMPOTENCY#{scope}#{key}      IDEMPOTENCY  see platform IdempotencyStore
 * </pre>
 * {@code provider} is always the utility company that issues the bill ({@code chengdu-water});
 * the way a citizen pays is the payment's {@code method}. Bills and accounts are separate from
 * bindings so that an import can rewrite an account's data without ever touching who it is bound
 * to. Bill ids are hashes of provider, account and period, so keys of bills reveal no account
 * number. Both GSIs project all attributes.
 */
public final class BillsTable {
    static final String BY_OWNER = "ByOwner";
    static final String BY_ACCOUNT = "ByAccount";

    private BillsTable() {
    }

    static Map<String, AttributeValue> billKey(String billId) {
        return Attributes.key("BILL#" + billId, "BILL");
    }

    static Map<String, AttributeValue> paymentKey(String paymentId) {
        return Attributes.key("PAYMENT#" + paymentId, "PAYMENT");
    }

    /** The partition of an account's items, and its bills' ByAccount key. */
    static String accountPk(String accountKey) {
        return "ACCOUNT#" + accountKey;
    }

    static Map<String, AttributeValue> accountKey(String accountKey) {
        return Attributes.key(accountPk(accountKey), "ACCOUNT");
    }

    static Map<String, AttributeValue> bindingKey(String accountKey) {
        return Attributes.key(accountPk(accountKey), "BINDING");
    }
}
