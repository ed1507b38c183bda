package cloud.citizen.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

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
                .containsEntry("QUARKUS_LOG_CONSOLE_JSON", "true");
        JWKSet jwks = JWKSet.parse(accounts.get("ACCESS_TOKEN_JWKS"));
        assertThat(jwks.getKeys()).extracting(key -> key.getKeyID())
                .containsExactly(stack.secrets().signingKey().getKeyID());
    }

    @Test
    void javaToolOptions_comeFromTheGlobals_unlessTheFunctionSetsItsOwn() {
        String globals = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:MetaspaceSize=64m";
        assertThat(stack.environmentOf("BillsFunction")).containsEntry("JAVA_TOOL_OPTIONS", globals);
        // accounts adds a young generation sized for a login's Argon2id blocks (template.yaml)
        assertThat(accounts).containsEntry("JAVA_TOOL_OPTIONS",
                globals + " -Xmn32m -XX:SurvivorRatio=1 -XX:TargetSurvivorRatio=90");
    }

    @Test
    void secrets_areNamedInTheEnvironment_neverPassedAsValues() throws Exception {
        assertThat(accounts).containsEntry("ACCESS_TOKEN_SIGNING_KEY_SECRET", LocalSecrets.ACCOUNTS_SECRET + "#signingKey")
                .containsEntry("PII_HASH_KEY_SECRET", LocalSecrets.ACCOUNTS_SECRET + "#piiHashKey")
                .doesNotContainKeys("ACCESS_TOKEN_SIGNING_KEY", "PII_HASH_KEY", "PII_ENCRYPTION_KEY", "CURSOR_KEY");
        assertThat(accounts.values()).noneMatch(value -> value.contains(
                stack.secrets().secretField(LocalSecrets.ACCOUNTS_SECRET, "piiHashKey")));
        RSAKey signingKey = RSAKey.parse(stack.secretValue(accounts.get("ACCESS_TOKEN_SIGNING_KEY_SECRET")));
        assertThat(signingKey.isPrivate()).isTrue();
    }

    @Test
    void secretsManager_answersGetSecretValue_fromTheLocalSecrets_byNameOrArn() throws Exception {
        URI endpoint = URI.create(accounts.get(AwsEndpoints.SECRETSMANAGER_VARIABLE));
        try (SecretsManagerClient client = SecretsManagerClient.builder().endpointOverride(endpoint)
                .region(AwsClientFactory.REGION).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build()) {
            GetSecretValueResponse accountsSecret = client.getSecretValue(r -> r.secretId(LocalSecrets.ACCOUNTS_SECRET));
            assertThat(JSONObjectUtils.parse(accountsSecret.secretString()).get("piiHashKey"))
                    .isEqualTo(stack.secrets().secretField(LocalSecrets.ACCOUNTS_SECRET, "piiHashKey"));
            assertThat(accountsSecret.name()).isEqualTo(LocalSecrets.ACCOUNTS_SECRET);
            String byArn = client.getSecretValue(r -> r.secretId(accountsSecret.arn())).secretString();
            assertThat(byArn).isEqualTo(accountsSecret.secretString());
            assertThat(client.getSecretValue(r -> r.secretId(LocalSecrets.CURSOR_SECRET)).secretString())
                    .isEqualTo(stack.secrets().secretString(LocalSecrets.CURSOR_SECRET));
            assertThatThrownBy(() -> client.describeSecret(r -> r.secretId(LocalSecrets.CURSOR_SECRET)))
                    .isInstanceOf(SecretsManagerException.class);
        }
    }

    @Test
    void awsVariables_pointAtTheEmulators() {
        assertThat(accounts).containsEntry("AWS_REGION", "us-east-1").containsEntry("AWS_DEFAULT_REGION", "us-east-1")
                .containsEntry("AWS_ACCESS_KEY_ID", "test").containsEntry("AWS_SECRET_ACCESS_KEY", "test")
                .containsEntry("CITIZEN_AWS_DYNAMODB_ENDPOINT", stack.aws().endpoints().dynamoDb().toString())
                .containsEntry("CITIZEN_AWS_SQS_ENDPOINT", stack.aws().endpoints().sqs().toString())
                .containsEntry("CITIZEN_AWS_S3_ENDPOINT", stack.aws().endpoints().s3().toString())
                .containsEntry("CITIZEN_AWS_SECRETSMANAGER_ENDPOINT", stack.endpoints().secretsManager().toString());
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
