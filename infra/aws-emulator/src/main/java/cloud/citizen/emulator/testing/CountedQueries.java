package cloud.citizen.emulator.testing;

import java.util.concurrent.atomic.AtomicInteger;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import cloud.citizen.emulator.AwsClientFactory;

/** A DynamoDB client on the shared emulator that counts its Query calls: how many round trips a read costs. */
public final class CountedQueries implements ExecutionInterceptor {
    private final AtomicInteger queries = new AtomicInteger();
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

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof QueryRequest) {
            queries.incrementAndGet();
        }
    }
}
