package cloud.citizen.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;

import cloud.citizen.emulator.template.SecretSource;

/**
 * The local stand-in for Secrets Manager. Each secret is generated on first use and, given a
 * directory, kept there ({@code secrets.json}, owner-only) so that a restarted platform still
 * accepts the tokens it issued before.
 * <ul>
 * <li>{@value #ACCOUNTS_SECRET}: JSON {@code {signingKey, piiHashKey, piiEncryptionKey}}, the
 * signing key an RSA-2048 private JWK (RS256, kid = thumbprint), the others base64 of 32 random bytes;</li>
 * <li>any other name (e.g. {@value #CURSOR_SECRET}): base64 of 32 random bytes.</li>
 * </ul>
 */
public final class LocalSecrets implements SecretSource {

    public static final String ACCOUNTS_SECRET = "citizen-cloud/accounts";
    public static final String CURSOR_SECRET = "citizen-cloud/cursor-key";
    private static final String FILE_NAME = "secrets.json";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Optional<Path> file;
    private final Map<String, String> secrets = new LinkedHashMap<>();

    private LocalSecrets(Optional<Path> file) {
        this.file = file;
        file.filter(Files::isRegularFile).ifPresent(this::load);
    }

    public static LocalSecrets inMemory() {
        return new LocalSecrets(Optional.empty());
    }

    public static LocalSecrets persistentIn(Path directory) {
        return new LocalSecrets(Optional.of(directory.resolve(FILE_NAME)));
    }

    @Override
    public synchronized String secretString(String secretId) {
        String secret = secrets.get(secretId);
        if (secret == null) {
            // another class loader of this JVM (a Quarkus restart) may have created it in the same file meanwhile
            file.filter(Files::isRegularFile).ifPresent(this::load);
            secret = secrets.get(secretId);
        }
        if (secret == null) {
            secret = secretId.equals(ACCOUNTS_SECRET) ? newAccountsSecret() : randomKey();
            secrets.put(secretId, secret);
            save();
        }
        return secret;
    }

    /** A field of a JSON secret, as {@code {{resolve:secretsmanager:id:SecretString:field}}} reads it. */
    public String secretField(String secretId, String field) {
        try {
            Object value = JSONObjectUtils.parse(secretString(secretId)).get(field);
            if (value == null) {
                throw new IllegalArgumentException("secret " + secretId + " has no field " + field);
            }
            return String.valueOf(value);
        } catch (ParseException e) {
            throw new IllegalArgumentException("secret " + secretId + " is not JSON", e);
        }
    }

    /** The private key that signs access tokens (the accounts secret's {@code signingKey}). */
    public RSAKey signingKey() {
        try {
            return RSAKey.parse(secretField(ACCOUNTS_SECRET, "signingKey"));
        } catch (ParseException e) {
            throw new IllegalStateException("the local signingKey is not an RSA JWK", e);
        }
    }

    /** {@code {"keys":[...]}} with the public half of {@link #signingKey()}: the {@code AccessTokenJwks} parameter. */
    public String publicJwkSetJson() {
        return new JWKSet(signingKey().toPublicJWK()).toString();
    }

    private static String newAccountsSecret() {
        try {
            RSAKey signingKey = new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
            Map<String, Object> secret = new LinkedHashMap<>();
            secret.put("signingKey", signingKey.toJSONString());
            secret.put("piiHashKey", randomKey());
            secret.put("piiEncryptionKey", randomKey());
            return JSONObjectUtils.toJSONString(secret);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate the local signing key", e);
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private void load(Path path) {
        try {
            JSONObjectUtils.parse(Files.readString(path)).forEach((name, value) -> secrets.put(name,
                    String.valueOf(value)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read local secrets " + path, e);
        } catch (ParseException e) {
            throw new IllegalStateException("local secrets file " + path + " is not JSON; delete it to start over", e);
        }
    }

    /** Written to a temporary file and moved, so a crash never leaves half a key file behind. */
    private void save() {
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), FILE_NAME, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, JSONObjectUtils.toJSONString(new LinkedHashMap<>(secrets)));
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write local secrets " + target, e);
        }
    }
}
