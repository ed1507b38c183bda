package cloud.citizen.bills;

import static cloud.citizen.bills.BillsSettings.required;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import software.amazon.awssdk.services.s3.S3Client;

import cloud.citizen.bills.events.BillsMessages;
import cloud.citizen.bills.events.HolderChangeMessages;
import cloud.citizen.bills.service.AccountBinding;
import cloud.citizen.bills.service.BillAccess;
import cloud.citizen.bills.service.BillImport;
import cloud.citizen.bills.service.Checkout;
import cloud.citizen.bills.service.PaymentCallbacks;
import cloud.citizen.bills.service.PaymentQueries;
import cloud.citizen.bills.service.ReceiptIssuer;
import cloud.citizen.bills.service.Refunds;
import cloud.citizen.bills.service.payments.PaymentGateway;
import cloud.citizen.bills.service.payments.PaymentGateways;
import cloud.citizen.bills.store.DynamoBillBook;
import cloud.citizen.bills.store.DynamoBillLoader;
import cloud.citizen.bills.store.DynamoBindAttempts;
import cloud.citizen.bills.store.DynamoPaymentHistory;
import cloud.citizen.bills.store.DynamoPaymentLedger;
import cloud.citizen.bills.store.DynamoPaymentRecords;
import cloud.citizen.bills.store.DynamoRefunds;
import cloud.citizen.bills.store.PresignedReceiptLinks;
import cloud.citizen.bills.store.S3ReceiptArchive;
import cloud.citizen.bills.store.payments.CallbackSignature;
import cloud.citizen.bills.store.payments.SandboxBank;
import cloud.citizen.bills.store.payments.SandboxPaymentGateway;
import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.aws.S3Clients;
import cloud.citizen.platform.config.Environment;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.paging.CursorCodec;

/**
 * Builds the bills adapters and use cases; the one place that knows how they fit. Each part is
 * built on first use and then shared: the five functions of this zip get different variables
 * from template.yaml, and a function must not fail (or pay at cold start) for a part it never
 * uses — the sandbox function has no table, the import function one queue (notifications).
 */
public final class BillsComponents {
    /** The sandbox opens no page of its own; payUrl only shows the shape a real gateway returns. */
    static final String SANDBOX_CHECKOUT_URL = "https://sandbox.citizen-cloud.example";
    /** Well formed, so the read is a real GetItem; a real id (24 hex of a SHA-256) is this with odds of 2^-96. */
    static final String PRIMING_BILL_ID = "bill_000000000000000000000000";

    private final BillsSettings settings;
    private final AwsClients aws;
    private final Clock clock;
    private final Map<Class<?>, Object> built = new HashMap<>();

    public BillsComponents(BillsSettings settings, AwsClients aws, Clock clock) {
        this.settings = settings;
        this.aws = aws;
        this.clock = clock;
    }

    /** For the queue and bucket handlers, which run without CDI. */
    public static BillsComponents fromEnvironment() {
        Environment env = Environment.system();
        return new BillsComponents(BillsSettings.from(env), AwsClients.from(env), Clock.systemUTC());
    }

    public BillsSettings settings() {
        return settings;
    }

    // ---- use cases of the HTTP function

    public BillAccess billAccess() {
        return once(BillAccess.class, () -> new BillAccess(billBook()));
    }

    public AccountBinding accountBinding() {
        return once(AccountBinding.class, () -> new AccountBinding(billBook(),
                new DynamoBindAttempts(aws.dynamoDb(), table()), clock));
    }

    public Refunds refunds() {
        return once(Refunds.class, () -> new DynamoRefunds(aws.dynamoDb(), table(), cursors()));
    }

    public Checkout checkout() {
        return once(Checkout.class, () -> new Checkout(billAccess(), paymentGateways(), ledger(), clock));
    }

    public PaymentCallbacks paymentCallbacks() {
        return once(PaymentCallbacks.class, () -> new PaymentCallbacks(paymentGateways(), ledger(), paymentRecords(),
                billBook(), new BillsMessages(required(settings.receiptQueueUrl(), BillsSettings.RECEIPT_QUEUE_URL),
                        required(settings.notificationsQueueUrl(), BillsSettings.NOTIFICATIONS_QUEUE_URL),
                        required(settings.statsQueueUrl(), BillsSettings.STATS_QUEUE_URL)), clock));
    }

    public PaymentQueries paymentQueries() {
        return once(PaymentQueries.class, () -> new PaymentQueries(paymentRecords(),
                new DynamoPaymentHistory(aws.dynamoDb(), table(), cursors()),
                new PresignedReceiptLinks(S3Clients.presigner(aws),
                        required(settings.receiptsBucket(), BillsSettings.RECEIPTS_BUCKET))));
    }

    /**
     * SnapStart priming of the HTTP function (before the snapshot, never during a request): builds
     * what its first requests would otherwise build on a restored instance — the parts, their SDK
     * clients, both secrets — and reads a bill that cannot exist, so the DynamoDB path is loaded
     * too. It reads and writes nothing else.
     */
    public void prime() {
        accountBinding();
        refunds();
        checkout();
        paymentCallbacks();
        paymentQueries();
        settings.cursorKey();
        billBook().find(PRIMING_BILL_ID);
    }

    // ---- what the queue and bucket handlers run

    /**
     * A holder change tells the citizens whose binding it ended, through the outbox in the bills
     * table; its SQS client is built only when a message is sent (most imports change no holder).
     */
    public BillImport billImport() {
        return once(BillImport.class, () -> new BillImport(new DynamoBillLoader(aws.dynamoDb(), table(),
                new Outbox(aws.dynamoDb(), aws::sqs, table(), clock), new HolderChangeMessages(
                        required(settings.notificationsQueueUrl(), BillsSettings.NOTIFICATIONS_QUEUE_URL))),
                settings.importParallelism()));
    }

    public ReceiptIssuer receiptIssuer() {
        return once(ReceiptIssuer.class, () -> new ReceiptIssuer(paymentRecords(),
                new S3ReceiptArchive(s3(), required(settings.receiptsBucket(), BillsSettings.RECEIPTS_BUCKET))));
    }

    /** The sandbox gateway's own side, which answers charge requests with signed callbacks. */
    public SandboxBank sandboxBank() {
        return once(SandboxBank.class, () -> new SandboxBank(callbackSignature(), clock));
    }

    public S3Client s3() {
        return once(S3Client.class, () -> S3Clients.s3(aws));
    }

    // ---- adapters

    private DynamoBillBook billBook() {
        return once(DynamoBillBook.class, () -> new DynamoBillBook(aws.dynamoDb(), table(), cursors()));
    }

    private DynamoPaymentLedger ledger() {
        return once(DynamoPaymentLedger.class, () -> new DynamoPaymentLedger(aws.dynamoDb(), table(),
                new Outbox(aws.dynamoDb(), aws.sqs(), table(), clock)));
    }

    private DynamoPaymentRecords paymentRecords() {
        return once(DynamoPaymentRecords.class, () -> new DynamoPaymentRecords(aws.dynamoDb(), table()));
    }

    /** Only the sandbox is connected; with SANDBOX_PAYMENTS other than enabled (real stages) none is. */
    private PaymentGateways paymentGateways() {
        return once(PaymentGateways.class, () -> new PaymentGateways(settings.sandboxPayments()
                ? List.<PaymentGateway>of(new SandboxPaymentGateway(callbackSignature(),
                        required(settings.sandboxQueueUrl(), BillsSettings.SANDBOX_QUEUE_URL), SANDBOX_CHECKOUT_URL))
                : List.of()));
    }

    private CallbackSignature callbackSignature() {
        return once(CallbackSignature.class, () -> new CallbackSignature(
                required(settings.sandboxCallbackSecret(), BillsSettings.SANDBOX_CALLBACK_SECRET)));
    }

    private CursorCodec cursors() {
        return once(CursorCodec.class, () -> new CursorCodec(() -> required(settings.cursorKey(), BillsSettings.CURSOR_KEY)));
    }

    private String table() {
        return required(settings.table(), BillsSettings.TABLE);
    }

    /** Built once per instance; reentrant, so a part may ask for the parts it needs while being built. */
    private synchronized <T> T once(Class<T> type, Supplier<T> build) {
        Object part = built.get(type);
        if (part == null) {
            part = build.get();
            built.put(type, part);
        }
        return type.cast(part);
    }
}
