package cloud.citizen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

/** The accounts function's environment, resolved against the local stack as Lambda would receive it. */
class EmulatedStackTest {

    private static EmulatedStack stack;
    private static Map<String, String> accounts;

    @BeforeAll
    static void start() {
        stack = EmulatedStack.start(EmulatorOptions.inMemory().withKind(EmulatorKind.EMBEDDED), Map.of());
        accounts = stack.environmentOf("AccountsFunction");
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void resourceReferences_resolveToTheProvisionedNames() {
        assertThat(accounts).containsEntry("ACCOUNTS_TABLE", "AccountsTable")
                .containsEntry("IDEMPOTENCY_TABLE", "AccountsTable")
                .containsEntry("NOTIFICATIONS_QUEUE_URL", stack.resources().queueUrl("NotificationsQueue"));
    }

    @Test
    void parameters_useLocalValues() throws Exception {
        assertThat(accounts).containsEntry("TOKEN_ISSUER", "http://localhost:3000")
                .containsEntry("TOKEN_AUDIENCE", "citizen-cloud")
                .containsEntry("QUARKUS_LOG_CONSOLE_JSON", "true")
                .containsEntry("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1");
        JWKSet jwks = JWKSet.parse(accounts.get("ACCESS_TOKEN_JWKS"));
        assertThat(jwks.getKeys()).extracting(key -> key.getKeyID())
                .containsExactly(stack.secrets().signingKey().getKeyID());
    }

    @Test
    void secrets_areResolvedFromLocalSecrets() throws Exception {
        RSAKey signingKey = RSAKey.parse(accounts.get("ACCESS_TOKEN_SIGNING_KEY"));
        assertThat(signingKey.isPrivate()).isTrue();
        assertThat(accounts.get("PII_HASH_KEY"))
                .isEqualTo(stack.secrets().secretField(LocalSecrets.ACCOUNTS_SECRET, "piiHashKey"));
        assertThat(accounts.get("CURSOR_KEY")).isEqualTo(stack.secrets().secretString(LocalSecrets.CURSOR_SECRET));
    }

    @Test
    void awsVariables_pointAtTheEmulators() {
        assertThat(accounts).containsEntry("AWS_REGION", "us-east-1").containsEntry("AWS_DEFAULT_REGION", "us-east-1")
                .containsEntry("AWS_ACCESS_KEY_ID", "test").containsEntry("AWS_SECRET_ACCESS_KEY", "test")
                .containsEntry("CITIZEN_AWS_DYNAMODB_ENDPOINT", stack.aws().endpoints().dynamoDb().toString())
                .containsEntry("CITIZEN_AWS_SQS_ENDPOINT", stack.aws().endpoints().sqs().toString())
                .containsEntry("CITIZEN_AWS_S3_ENDPOINT", stack.aws().endpoints().s3().toString());
    }

    @Test
    void extraOverrides_changeTheEnvironmentOnly() {
        Map<String, String> notifications = stack.environmentOf(stack.template().function("NotificationsFunction"),
                Map.of("SmsGateway", "log"));
        assertThat(notifications).containsEntry("SMS_GATEWAY", "log")
                .containsEntry("NOTIFICATIONS_TABLE", "NotificationsTable");
        assertThat(stack.environmentOf("NotificationsFunction")).containsEntry("SMS_GATEWAY", "sns");
    }
}
