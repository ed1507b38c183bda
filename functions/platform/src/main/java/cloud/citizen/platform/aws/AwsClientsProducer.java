package cloud.citizen.platform.aws;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import cloud.citizen.platform.config.Environment;

/**
 * Hands the instance's {@link AwsClients} to CDI, for the HTTP layer's producers and for the
 * platform's own beans (idempotency store); one client per service per instance either way.
 */
public class AwsClientsProducer {

    @Produces
    @Singleton
    AwsClients awsClients() {
        return AwsClients.from(Environment.config());
    }

    @Produces
    @Singleton
    DynamoDbClient dynamoDbClient(AwsClients clients) {
        return clients.dynamoDb();
    }

    @Produces
    @Singleton
    SqsClient sqsClient(AwsClients clients) {
        return clients.sqs();
    }
}
