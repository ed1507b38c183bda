package cloud.citizen.bills.store;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The bills function's single table (template.yaml: BillsTable, keys pk/sk, TTL on ttl).
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
 *                                             providerReference, failureReason, receiptKey
 *                                             GSI ByOwner: gsi1pk=PAYER#{userId},     a citizen's payment history
 *                                             gsi1sk=PAYMENT#{createdAt ms, 13 digits}#{paymentId}
 * OUTBOX#{0-7}                   EVENT#{id}   see platform Outbox                     events committed with the change
 * IDEMPOTENCY#{scope}#{key}      IDEMPOTENCY  see platform IdempotencyStore
 * </pre>
 * Bills and accounts are separate from bindings so that an import can rewrite an account's data
 * without ever touching who it is bound to. Bill ids are hashes of provider, account and period,
 * so keys of bills reveal no account number. Both GSIs project all attributes.
 */
@ApplicationScoped
public class BillsTable {
    static final String BY_OWNER = "ByOwner";
    static final String BY_ACCOUNT = "ByAccount";

    private final String name;

    public BillsTable(@ConfigProperty(name = "citizen.bills.table") String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", s(pk), "sk", s(sk));
    }

    static String accountPk(String accountKey) {
        return "ACCOUNT#" + accountKey;
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static String text(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        return value == null ? null : value.s();
    }

    static long number(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        return value == null || value.n() == null ? 0 : Long.parseLong(value.n());
    }

    /** Whether the transaction's item at {@code index} failed its condition (and not, say, a conflict). */
    static boolean conditionFailed(TransactionCanceledException e, int index) {
        if (!e.hasCancellationReasons() || e.cancellationReasons().size() <= index) {
            return false;
        }
        CancellationReason reason = e.cancellationReasons().get(index);
        return "ConditionalCheckFailed".equals(reason.code());
    }
}
