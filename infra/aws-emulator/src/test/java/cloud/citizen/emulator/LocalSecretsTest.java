package cloud.citizen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;

class LocalSecretsTest {

    @TempDir
    Path directory;

    @Test
    void accountsSecret_isJsonWithAPrivateRs256JwkAndTwo32ByteKeys() throws Exception {
        LocalSecrets secrets = LocalSecrets.inMemory();

        Map<String, Object> accounts = JSONObjectUtils.parse(secrets.secretString(LocalSecrets.ACCOUNTS_SECRET));

        RSAKey signingKey = RSAKey.parse((String) accounts.get("signingKey"));
        assertThat(signingKey.isPrivate()).isTrue();
        assertThat(signingKey.size()).isEqualTo(2048);
        assertThat(signingKey.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(signingKey.getKeyID()).isEqualTo(signingKey.computeThumbprint().toString());
        assertThat(Base64.getDecoder().decode((String) accounts.get("piiHashKey"))).hasSize(32);
        assertThat(Base64.getDecoder().decode((String) accounts.get("piiEncryptionKey"))).hasSize(32);
    }

    @Test
    void publicJwkSet_holdsOnlyThePublicHalfOfTheSigningKey() throws Exception {
        LocalSecrets secrets = LocalSecrets.inMemory();

        JWKSet jwks = JWKSet.parse(secrets.publicJwkSetJson());

        assertThat(secrets.publicJwkSetJson()).startsWith("{\"keys\":[");
        assertThat(jwks.getKeys()).hasSize(1);
        assertThat(jwks.getKeys().get(0).isPrivate()).isFalse();
        assertThat(jwks.getKeys().get(0).getKeyID()).isEqualTo(secrets.signingKey().getKeyID());
    }

    @Test
    void otherSecrets_areRandom32ByteKeys_stableWithinAnInstance() {
        LocalSecrets secrets = LocalSecrets.inMemory();

        String cursorKey = secrets.secretString(LocalSecrets.CURSOR_SECRET);

        assertThat(Base64.getDecoder().decode(cursorKey)).hasSize(32);
        assertThat(secrets.secretString(LocalSecrets.CURSOR_SECRET)).isEqualTo(cursorKey);
        assertThat(secrets.secretString("anything/else")).isNotEqualTo(cursorKey);
        assertThat(LocalSecrets.inMemory().secretString(LocalSecrets.CURSOR_SECRET)).isNotEqualTo(cursorKey);
    }

    @Test
    void persistentSecrets_surviveANewInstance_inAnOwnerOnlyFile() throws Exception {
        LocalSecrets first = LocalSecrets.persistentIn(directory);
        String accounts = first.secretString(LocalSecrets.ACCOUNTS_SECRET);
        String other = first.secretString("payments/sandbox-hmac");

        LocalSecrets second = LocalSecrets.persistentIn(directory);

        assertThat(second.secretString(LocalSecrets.ACCOUNTS_SECRET)).isEqualTo(accounts);
        assertThat(second.secretString("payments/sandbox-hmac")).isEqualTo(other);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("secrets.json"))))
                .isEqualTo("rw-------");
    }
}
