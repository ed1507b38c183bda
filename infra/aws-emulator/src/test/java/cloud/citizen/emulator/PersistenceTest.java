package cloud.citizen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** With a data directory, tables, objects and secrets survive a restart; provisioning again keeps them. */
class PersistenceTest {

    @TempDir
    Path dataDirectory;

    @Test
    void restartWithTheSameDataDirectory_keepsItemsObjectsAndSecrets() {
        EmulatorOptions options = EmulatorOptions.persistentIn(dataDirectory).withKind(EmulatorKind.EMBEDDED);
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("USER#1"), "sk", AttributeValue.fromS("P"));
        String signingKeyBefore;
        try (EmulatedStack first = EmulatedStack.start(options, Map.of())) {
            first.aws().dynamoDb().putItem(b -> b.tableName(first.resources().tableName("AccountsTable")).item(key));
            first.aws().s3().createBucket(b -> b.bucket("kept-bucket"));
            first.aws().s3().putObject(b -> b.bucket("kept-bucket").key("a.txt"), RequestBody.fromString("kept"));
            signingKeyBefore = first.secretValue(first.environmentOf("AccountsFunction").get("ACCESS_TOKEN_SIGNING_KEY_SECRET"));
        }

        try (EmulatedStack second = EmulatedStack.start(options, Map.of())) {
            assertThat(second.aws().dynamoDb().getItem(b -> b.tableName("AccountsTable").key(key)).hasItem()).isTrue();
            assertThat(second.aws().s3().getObjectAsBytes(b -> b.bucket("kept-bucket").key("a.txt")).asUtf8String())
                    .isEqualTo("kept");
            assertThat(second.secretValue(second.environmentOf("AccountsFunction").get("ACCESS_TOKEN_SIGNING_KEY_SECRET")))
                    .isEqualTo(signingKeyBefore);
        }
        assertThat(dataDirectory.resolve("dynamodb.sqlite")).exists();
        assertThat(dataDirectory.resolve("secrets.json")).exists();
        assertThat(dataDirectory.resolve("logs/dynoxide.log")).exists();
    }
}
