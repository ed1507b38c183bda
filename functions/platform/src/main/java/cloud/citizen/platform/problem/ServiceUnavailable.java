package cloud.citizen.platform.problem;

import java.util.OptionalLong;

import jakarta.ws.rs.core.Response;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * AWS faults that say "not now" rather than "never": throttling (ProvisionedThroughputExceeded,
 * ThrottlingException, RequestLimitExceeded, a transaction cancelled for throttling), a 5xx from
 * the service, or no connection at all. The SDK has already retried them; the client gets 503
 * with {@code Retry-After} instead of a 500, because trying again later is exactly right. Nothing
 * was half-written: every change that matters is one conditional write or one transaction, which
 * DynamoDB applies whole or not at all.
 */
public final class ServiceUnavailable {
    static final long RETRY_AFTER_SECONDS = 2;
    private static final int MAX_CAUSES = 10;

    private ServiceUnavailable() {
    }

    /** Whether {@code failure}, or one of its causes, is a transient AWS fault. */
    public static boolean isTransient(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_CAUSES; depth++, current = current.getCause()) {
            if (isTransientItself(current)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientItself(Throwable failure) {
        if (failure instanceof SdkClientException) {
            return true; // no answer at all: connection refused or reset, timeouts
        }
        if (failure instanceof TransactionCanceledException cancelled && cancelled.hasCancellationReasons()) {
            return cancelled.cancellationReasons().stream().anyMatch(reason -> "ThrottlingError".equals(reason.code())
                    || "ProvisionedThroughputExceeded".equals(reason.code()));
        }
        if (failure instanceof ProvisionedThroughputExceededException || failure instanceof RequestLimitExceededException
                || failure instanceof ThrottlingException) {
            return true;
        }
        return failure instanceof AwsServiceException service
                && (service.isThrottlingException() || service.statusCode() >= 500);
    }

    public static Response response() {
        return ProblemMappers.response(Problem.of(503, ErrorCodes.SERVICE_UNAVAILABLE, "Service unavailable",
                "The service is busy. Please try again shortly."), OptionalLong.of(RETRY_AFTER_SECONDS));
    }
}
