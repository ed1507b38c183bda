package cloud.citizen.bills;

import java.util.Optional;
import java.util.function.Supplier;

import cloud.citizen.platform.config.Environment;

/**
 * The variables template.yaml gives the bills functions, read once. The five functions of this
 * zip each get only what they use (the sandbox has no table, the import one queue), so every
 * name is optional here and {@link #required} where a part is built. The two secrets are read from
 * Secrets Manager when a part first needs them, not here: each read is a client and a round trip,
 * and the first request of an instance (a list of bills) needs neither the callback secret nor,
 * unless it returns a next page, the cursor key.
 *
 * @param sandboxPayments whether citizens may pay with the sandbox, which "pays" without money
 *                        (template parameter SandboxPayments; off unless set to {@code enabled})
 */
public record BillsSettings(Optional<String> table, Optional<String> receiptsBucket,
        Optional<String> receiptQueueUrl, Optional<String> notificationsQueueUrl, Optional<String> statsQueueUrl,
        Optional<String> sandboxQueueUrl, Supplier<Optional<String>> sandboxCallbackSecretRead, boolean sandboxPayments,
        Optional<String> callbackBaseUrl, Supplier<Optional<String>> cursorKeyRead, int importParallelism) {

    public static final String TABLE = "BILLS_TABLE";
    public static final String RECEIPTS_BUCKET = "RECEIPTS_BUCKET";
    public static final String RECEIPT_QUEUE_URL = "RECEIPT_QUEUE_URL";
    public static final String NOTIFICATIONS_QUEUE_URL = "NOTIFICATIONS_QUEUE_URL";
    public static final String STATS_QUEUE_URL = "STATS_QUEUE_URL";
    public static final String SANDBOX_QUEUE_URL = "SANDBOX_PROVIDER_QUEUE_URL";
    public static final String SANDBOX_CALLBACK_SECRET = "SANDBOX_CALLBACK_SECRET";
    /** The secret whose id SANDBOX_CALLBACK_SECRET holds (Environment.secret adds the suffix). */
    static final String SANDBOX_CALLBACK = "SANDBOX_CALLBACK";
    public static final String SANDBOX_PAYMENTS = "SANDBOX_PAYMENTS";
    public static final String CALLBACK_BASE_URL = "CALLBACK_BASE_URL";
    public static final String CURSOR_KEY = "CURSOR_KEY";
    public static final String IMPORT_PARALLELISM = "IMPORT_PARALLELISM";
    /** Chunks an import stores at a time when IMPORT_PARALLELISM is not set. */
    static final int DEFAULT_IMPORT_PARALLELISM = 8;

    public static BillsSettings from(Environment env) {
        return new BillsSettings(env.optional(TABLE), env.optional(RECEIPTS_BUCKET), env.optional(RECEIPT_QUEUE_URL),
                env.optional(NOTIFICATIONS_QUEUE_URL), env.optional(STATS_QUEUE_URL), env.optional(SANDBOX_QUEUE_URL),
                () -> env.secret(SANDBOX_CALLBACK),
                env.optional(SANDBOX_PAYMENTS).filter("enabled"::equals).isPresent(),
                env.optional(CALLBACK_BASE_URL), () -> env.secret(CURSOR_KEY),
                env.optional(IMPORT_PARALLELISM).map(String::trim).map(Integer::parseInt)
                        .orElse(DEFAULT_IMPORT_PARALLELISM));
    }

    /** Read on each call (Secrets caches the value per instance); empty when this function is given none. */
    public Optional<String> sandboxCallbackSecret() {
        return sandboxCallbackSecretRead.get();
    }

    /** Read on each call, like {@link #sandboxCallbackSecret()}. */
    public Optional<String> cursorKey() {
        return cursorKeyRead.get();
    }

    /** @throws IllegalStateException naming the variable, so a deploy mistake fails at init with a clear message */
    public static String required(Optional<String> value, String variable) {
        return value.orElseThrow(() -> new IllegalStateException(
                "environment variable " + variable + " is not set for this function (see template.yaml)"));
    }
}
