package cloud.citizen.platform.snapstart;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.platform.aws.AwsClients;

/**
 * The HTTP functions' DynamoDB primer: builds the instance's DynamoDB client and reads, from the
 * function's own table ({@code IDEMPOTENCY_TABLE}, which every HTTP function has), a key that no
 * item ever has. A cold instance's first request spends most of its time building that client and
 * making its first call (docs/performance/cold-start.md); primed, a restored snapshot has both done.
 * It only reads, as {@link SnapStartPriming} requires.
 */
public class DynamoDbPrimer {
    static final String KEY = "SNAPSTART#priming";

    void register(@Observes StartupEvent startup, AwsClients aws,
            @ConfigProperty(name = "IDEMPOTENCY_TABLE") Optional<String> table) {
        table.ifPresent(name -> SnapStartPriming.add("dynamodb", () -> prime(aws, name)));
    }

    /** @return whether the key was found (never, unless someone wrote it) */
    static boolean prime(AwsClients aws, String table) {
        AttributeValue key = AttributeValue.fromS(KEY);
        return aws.dynamoDb().getItem(get -> get.tableName(table).key(Map.of("pk", key, "sk", key))).hasItem();
    }
}
