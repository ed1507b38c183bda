package cloud.citizen.emulator.testing;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import cloud.citizen.emulator.AwsClientFactory;

/**
 * A DynamoDB client on the shared emulator that counts its Query calls: how many round trips a read
 * costs; and every call by operation, for writers.
 */
public final class CountedQueries implements ExecutionInterceptor {
    private final AtomicInteger queries = new AtomicInteger();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final DynamoDbClient client = DynamoDbClient.builder()
            .endpointOverride(EmulatedAwsResource.aws().endpoints().dynamoDb()).region(AwsClientFactory.REGION)
            .credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(AwsClientFactory.ACCESS_KEY, AwsClientFactory.SECRET_KEY)))
            .httpClient(UrlConnectionHttpClient.create())
            .overrideConfiguration(o -> o.addExecutionInterceptor(this)).build();

    public DynamoDbClient client() {
        return client;
    }

    public int count() {
        return queries.get();
    }

    /** Every call made so far, by operation name ({@code BatchGetItem: 2}), in name order. */
    public Map<String, Integer> callsByOperation() {
        Map<String, Integer> counts = new TreeMap<>();
        calls.forEach((operation, count) -> counts.put(operation, count.get()));
        return counts;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        calls.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                operation -> new AtomicInteger()).incrementAndGet();
        if (context.request() instanceof QueryRequest) {
            queries.incrementAndGet();
        }
    }
}
