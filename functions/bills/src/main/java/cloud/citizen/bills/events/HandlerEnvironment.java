package cloud.citizen.bills.events;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import cloud.citizen.bills.store.BillsTable;
import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.aws.S3Clients;

/**
 * What the queue and bucket handlers read from the environment template.yaml gives them. They run
 * without CDI (no HTTP stack, fast start), so they build their few objects here, once per instance.
 */
final class HandlerEnvironment {
    private HandlerEnvironment() {
    }

    static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set (see template.yaml)");
        }
        return value;
    }

    static BillsTable billsTable() {
        return new BillsTable(required("BILLS_TABLE"));
    }

    static DynamoDbClient dynamoDb() {
        return AwsClients.dynamoDb(AwsClients.regionFromEnvironment(), AwsClients.endpointFromEnvironment("dynamodb"));
    }

    static S3Client s3() {
        return S3Clients.s3(AwsClients.regionFromEnvironment(), AwsClients.endpointFromEnvironment("s3"));
    }
}
