package cloud.citizen.bills.store;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.platform.aws.Attributes;

/**
 * The bills function's single table (template.yaml: BillsTable, keys pk/sk, TTL on ttl); its name
 * comes from {@code BillsSettings} and is handed to each adapter.
 * <pre>
 * pk                             sk               what                               access pattern
 * ACCOUNT#{provider}#{number}    ACCOUNT          provider, accountNumber,           binding checks the holder's
 *                                                 holderFingerprint, holderSince     fingerprint (ConditionCheck);
 *                                                 (the period of the row that named  a holder change is a put on
 *                                                 the holder), bindingsToEnd (a      holderSince <= the row's period
 *                                                 change whose former bindings are
 *                                                 not all deleted yet)
 * ACCOUNT#{provider}#{number}    BINDING#{userId} userId, holderMasked, boundAt,     one per citizen and account
 *                                                 holderFingerprint (the one proven) (a household binds one
 *                                                 GSI ByOwner: gsi1pk=OWNER#{userId}, account several times);
 *                                                 gsi1sk=ACCOUNT#{provider}#{number}  the import queries them by pk
 *                                                                                    when the holder changes
 * ATTEMPTS#{userId}              BIND#{yyyy-MM-dd} failures, ttl                     10 failed binds a day
 *                                                                                    (reserved by conditional ADD)
 * BILL#{billId}                  BILL             provider, accountNumber, kind,     GET /v1/bills/{billId}
 *                                                 period, amountFen, dueDate, status,
 *                                                 activePaymentId + activePaymentUntil the hold of a pending payment
 *                                                 paidPaymentId, paidAt              paid at most once (conditions)
 *                                                 GSI ByAccount: gsi2pk=ACCOUNT#{provider}#{number},
 *                                                 gsi2sk={status}#{period}#{billId}   an account's bills by status,
 *                                                                                    newest first ("unpaid" > "paid")
 * PAYMENT#{paymentId}            PAYMENT          billId, userId, method, amountFen, GET /v1/payments/{id}, callbacks
 *                                                 status, payUrl, createdAt, completedAt,
 *                                                 providerReference (the payment gateway's
 *                                                 id of the charge), failureReason, receiptKey
 *                                                 GSI ByOwner: gsi1pk=PAYER#{userId}, a citizen's payment history
 *                                                 gsi1sk=PAYMENT#{createdAt ms, 13 digits}#{paymentId}
 * REFUND#{paymentId}             REFUND           billId, userId, method, amountFen, money collected for a bill
 *                                                 providerReference, recordedAt      paid otherwise (admins list it)
 *                                                 GSI ByOwner: gsi1pk=REFUNDS,
 *                                                 gsi1sk=NEEDED#{recordedAt}#{paymentId}
 * OUTBOX#{0-7}                   EVENT#{id}       see platform Outbox                events committed with the change
 * IDEMPOTENCY#{scope}#{key}      IDEMPOTENCY      see platform IdempotencyStore
 * </pre>
 * {@code provider} is always the utility company that issues the bill ({@code chengdu-water});
 * the way a citizen pays is the payment's {@code method}. Bills and accounts are separate from
 * bindings so that an import can rewrite an account's data without touching who bound it; only a
 * new holder ends the bindings proven under another one ({@code AccountHolderChanges}): the former
 * household must not see the new one's bills.
 * Bill ids are hashes of provider, account and period, so keys of bills reveal no account
 * number; accounts keep a salted hash of the holder's name, never the name. Bindings written
 * before the holder-name proof (sk {@code BINDING}, no user suffix) are ignored: nobody proved
 * anything for them. Bindings written before they recorded the holder (no {@code holderFingerprint})
 * end at the account's next holder change. Both GSIs project all attributes.
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

    static final String BINDING_PREFIX = "BINDING#";

    static Map<String, AttributeValue> bindingKey(String accountKey, String userId) {
        return Attributes.key(accountPk(accountKey), BINDING_PREFIX + userId);
    }

    static String ownerPk(String userId) {
        return "OWNER#" + userId;
    }

    static Map<String, AttributeValue> bindAttemptsKey(String userId, java.time.LocalDate day) {
        return Attributes.key("ATTEMPTS#" + userId, "BIND#" + day);
    }

    static Map<String, AttributeValue> refundKey(String paymentId) {
        return Attributes.key("REFUND#" + paymentId, "REFUND");
    }

    /** The ByOwner partition where refunds wait for operations (rare: one partition is plenty). */
    static final String REFUNDS_PK = "REFUNDS";
}
