package cloud.citizen.accounts.domain.crypto;

import cloud.citizen.accounts.domain.IdNumber;
import cloud.citizen.accounts.domain.PhoneNumber;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Protects phone and ID numbers at rest (DESIGN principle 7).
 *
 * <p>Lookup keys: HMAC-SHA256 under a secret key, so "does this phone/ID number have an account"
 * is one GetItem, while a leaked table does not reveal the numbers (there are only ~10^9 mobile
 * numbers, so an unkeyed hash would be reversed in minutes). The lookup key cannot be rotated
 * without re-keying every item; that is what it costs to look numbers up.
 *
 * <p>Encryption: AES-256-GCM with a random 96-bit nonce. Random nonces are safe for far more than
 * the ~10^7 citizens' numbers one key will ever encrypt (the limit is 2^32 per key). The output
 * names its key version ({@code v1:...}) so a new key can be introduced while old values stay
 * readable. The owner's user id is bound in as associated data, so a ciphertext copied onto
 * another account's item fails to decrypt instead of lending that account a verified identity.
 */
public final class PiiProtector {

    public static final int FIRST_KEY_VERSION = 1;

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String VERSION_PREFIX = "v";
    private static final char VERSION_SEPARATOR = ':';

    private final HmacSha256 lookupHash;
    private final int activeKeyVersion;
    private final Map<Integer, SecretKeySpec> encryptionKeys;
    private final SecureRandom random = new SecureRandom();

    /** One encryption key, version {@value #FIRST_KEY_VERSION}. Keys are base64 of 32 bytes. */
    public PiiProtector(String lookupKeyBase64, String encryptionKeyBase64) {
        this(lookupKeyBase64, FIRST_KEY_VERSION, Map.of(FIRST_KEY_VERSION, encryptionKeyBase64));
    }

    /**
     * For key rotation: new values are encrypted with {@code activeKeyVersion}; every version in
     * {@code encryptionKeysBase64} can still be decrypted.
     */
    public PiiProtector(String lookupKeyBase64, int activeKeyVersion, Map<Integer, String> encryptionKeysBase64) {
        this.lookupHash = new HmacSha256(KeyMaterial.decode256BitKey(lookupKeyBase64, "PII lookup"));
        Map<Integer, SecretKeySpec> keys = new TreeMap<>();
        encryptionKeysBase64.forEach((version, base64) -> {
            if (version < 1) {
                throw new IllegalArgumentException("PII encryption key versions start at 1");
            }
            keys.put(version, new SecretKeySpec(
                    KeyMaterial.decode256BitKey(base64, "PII encryption v" + version), "AES"));
        });
        if (!keys.containsKey(activeKeyVersion)) {
            throw new IllegalArgumentException("no PII encryption key for active version " + activeKeyVersion);
        }
        this.activeKeyVersion = activeKeyVersion;
        this.encryptionKeys = Map.copyOf(keys);
    }

    /** Stable base64url (43 characters) lookup key for a phone number. */
    public String lookupKey(PhoneNumber phone) {
        // The kind is part of the input so a phone number and an ID number can never collide.
        return base64Url(lookupHash.of(LengthPrefixed.encode("phone", phone.digits())));
    }

    /** Stable base64url (43 characters) key for a client's network address, so keys never show it. */
    public String sourceKey(String sourceAddress) {
        return base64Url(lookupHash.of(LengthPrefixed.encode("source-address", sourceAddress)));
    }

    /** Stable base64url (43 characters) lookup key for an ID number. */
    public String lookupKey(IdNumber idNumber) {
        return base64Url(lookupHash.of(LengthPrefixed.encode("id-number", idNumber.value())));
    }

    /** {@code v<keyVersion>:<base64url(nonce | ciphertext | tag)>}, different on every call. */
    public String encrypt(IdNumber idNumber, String ownerUserId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, activeKeyVersion, nonce, ownerUserId,
                idNumber.value().getBytes(StandardCharsets.US_ASCII));
        byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        return VERSION_PREFIX + activeKeyVersion + VERSION_SEPARATOR + base64Url(out);
    }

    /**
     * @throws IllegalArgumentException when the value is malformed, names an unknown key version,
     *     or fails authentication (tampered, or stored on another owner's item)
     */
    public IdNumber decryptIdNumber(String encrypted, String ownerUserId) {
        int separator = encrypted.indexOf(VERSION_SEPARATOR);
        if (!encrypted.startsWith(VERSION_PREFIX) || separator < 0) {
            throw new IllegalArgumentException("encrypted ID number has no key version");
        }
        int version;
        byte[] payload;
        try {
            version = Integer.parseInt(encrypted.substring(VERSION_PREFIX.length(), separator));
            payload = Base64.getUrlDecoder().decode(encrypted.substring(separator + 1));
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException("encrypted ID number is malformed");
        }
        if (payload.length <= NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("encrypted ID number is too short");
        }
        byte[] nonce = Arrays.copyOfRange(payload, 0, NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(payload, NONCE_BYTES, payload.length);
        byte[] plain = run(Cipher.DECRYPT_MODE, version, nonce, ownerUserId, sealed);
        return new IdNumber(new String(plain, StandardCharsets.US_ASCII));
    }

    /** False for values written under an older key: re-encrypt them when convenient. */
    public boolean isEncryptedWithActiveKey(String encrypted) {
        return encrypted.startsWith(VERSION_PREFIX + activeKeyVersion + VERSION_SEPARATOR);
    }

    private byte[] run(int mode, int version, byte[] nonce, String ownerUserId, byte[] input) {
        SecretKeySpec key = encryptionKeys.get(version);
        if (key == null) {
            throw new IllegalArgumentException("no PII encryption key for version " + version);
        }
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(LengthPrefixed.encode("id-number", "v" + version, ownerUserId));
            return cipher.doFinal(input);
        } catch (AEADBadTagException tampered) {
            throw new IllegalArgumentException("encrypted ID number failed authentication");
        } catch (GeneralSecurityException everyJdkHasAesGcm) {
            throw new IllegalStateException("AES-GCM unavailable", everyJdkHasAesGcm);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
