package cloud.citizen.appointments.testing;

import java.util.function.Supplier;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Fault injection at the DynamoDB client: registered for every SDK client of the test JVM through
 * the SDK's global interceptor file ({@code software/amazon/awssdk/global/handlers/execution.interceptors}),
 * idle until a test arms it. Armed, it fails every transactional write with the given exception, as
 * a throttled or unreachable DynamoDB would after the SDK's own retries.
 */
public final class DynamoDbFaults implements ExecutionInterceptor {
    private static volatile Supplier<RuntimeException> transactionFault;

    /** Fails every TransactWriteItems until {@link #heal()}. */
    public static void failTransactions(Supplier<RuntimeException> fault) {
        transactionFault = fault;
    }

    public static void heal() {
        transactionFault = null;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        Supplier<RuntimeException> fault = transactionFault;
        if (fault != null && context.request() instanceof TransactWriteItemsRequest) {
            throw fault.get();
        }
    }
}
