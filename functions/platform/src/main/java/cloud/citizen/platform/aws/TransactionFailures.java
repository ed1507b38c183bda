package cloud.citizen.platform.aws;

import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Reads why DynamoDB cancelled a transaction: the reasons list is in the order of its items. */
public final class TransactionFailures {
    private TransactionFailures() {
    }

    /** Whether item {@code index} of the cancelled transaction failed its condition. */
    public static boolean conditionFailed(TransactionCanceledException e, int index) {
        return "ConditionalCheckFailed".equals(reason(e, index));
    }

    /** Another transaction held one of the items: nothing was written and a retry may pass. */
    public static boolean conflicted(TransactionCanceledException e) {
        return e.hasCancellationReasons()
                && e.cancellationReasons().stream().anyMatch(r -> "TransactionConflict".equals(r.code()));
    }

    private static String reason(TransactionCanceledException e, int index) {
        if (!e.hasCancellationReasons() || e.cancellationReasons().size() <= index) {
            return "";
        }
        return e.cancellationReasons().get(index).code();
    }
}
