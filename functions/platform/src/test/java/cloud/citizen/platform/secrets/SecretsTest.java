package cloud.citizen.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.LocalSecrets;
import cloud.citizen.emulator.backend.SecretsManagerServer;
import cloud.citizen.platform.config.Environment;

/** A function's secrets come from Secrets Manager (here the emulated one), named by {@code <NAME>_SECRET}. */
class SecretsTest {
    private final LocalSecrets localSecrets = LocalSecrets.inMemory();
    private SecretsManagerServer secretsManager;

    @BeforeEach
    void start() {
        Secrets.forgetCachedValues();
        secretsManager = SecretsManagerServer.start(localSecrets);
    }

    @AfterEach
    void stop() {
        secretsManager.close();
    }

    @Test
    void secret_readsThePlainSecretTheVariableNames() {
        Environment env = environment(Map.of("CURSOR_KEY_SECRET", LocalSecrets.CURSOR_SECRET));

        assertThat(env.secret("CURSOR_KEY")).contains(localSecrets.secretString(LocalSecrets.CURSOR_SECRET));
    }

    @Test
    void secret_withAField_readsThatFieldOfAJsonSecret() {
        Environment env = environment(Map.of("PII_HASH_KEY_SECRET", LocalSecrets.ACCOUNTS_SECRET + "#piiHashKey",
                "ACCESS_TOKEN_SIGNING_KEY_SECRET", LocalSecrets.ACCOUNTS_SECRET + "#signingKey"));

        assertThat(env.requiredSecret("PII_HASH_KEY"))
                .isEqualTo(localSecrets.secretField(LocalSecrets.ACCOUNTS_SECRET, "piiHashKey"));
        assertThat(env.requiredSecret("ACCESS_TOKEN_SIGNING_KEY")).contains("\"kty\":\"RSA\"");
    }

    @Test
    void secret_isFetchedOncePerInstance_thenServedFromMemory() {
        Environment env = environment(Map.of("CURSOR_KEY_SECRET", LocalSecrets.CURSOR_SECRET));
        String first = env.requiredSecret("CURSOR_KEY");

        secretsManager.close(); // Secrets Manager unreachable from now on

        assertThat(env.requiredSecret("CURSOR_KEY")).isEqualTo(first);
    }

    @Test
    void secret_thatTheFunctionIsNotGiven_isEmpty_andRequiredSecretNamesTheVariable() {
        Environment env = environment(Map.of());

        assertThat(env.secret("CURSOR_KEY")).isEmpty();
        assertThatThrownBy(() -> env.requiredSecret("CURSOR_KEY")).hasMessageContaining("CURSOR_KEY_SECRET");
    }

    @Test
    void secret_namingAFieldTheSecretLacks_failsInitWithAClearMessage() {
        Environment env = environment(Map.of("X_SECRET", LocalSecrets.ACCOUNTS_SECRET + "#noSuchField"));

        assertThatThrownBy(() -> env.secret("X")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("noSuchField");
    }

    private Environment environment(Map<String, String> secrets) {
        Map<String, String> variables = new HashMap<>(secrets);
        variables.put("AWS_REGION", "us-east-1");
        variables.put("CITIZEN_AWS_SECRETSMANAGER_ENDPOINT", secretsManager.endpoint().toString());
        return Environment.of(variables);
    }
}
