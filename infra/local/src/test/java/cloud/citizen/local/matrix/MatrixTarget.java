package cloud.citizen.local.matrix;

import java.net.URI;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import cloud.citizen.emulator.AwsClientFactory;
import cloud.citizen.local.Platform;
import cloud.citizen.local.platform.SharedPlatform;

/**
 * The platform the matrix and the bad-input properties drive: the JVM's {@link SharedPlatform},
 * or, while developing the table, one already running ({@code infra/run-local}) named by
 * {@code -Dmatrix.api-url=http://localhost:3000 -Dmatrix.dynamodb-url=http://localhost:PORT}.
 */
public record MatrixTarget(String apiUrl, DynamoDbClient dynamoDb) {

    public static MatrixTarget get() {
        String apiUrl = System.getProperty("matrix.api-url");
        if (apiUrl != null) {
            return new MatrixTarget(apiUrl, AwsClientFactory.dynamoDb(URI.create(System.getProperty("matrix.dynamodb-url"))));
        }
        Platform platform = SharedPlatform.platform();
        return new MatrixTarget(platform.apiUrl(), platform.stack().aws().dynamoDb());
    }

    public MatrixHttp http() {
        return new MatrixHttp(apiUrl);
    }

    /** The emulated table provisioned for a template table (e.g. {@code TopicsTable}). */
    public String tableName(String logicalId) {
        return dynamoDb.listTables().tableNames().stream().filter(name -> name.contains(logicalId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no emulated table for " + logicalId));
    }
}
