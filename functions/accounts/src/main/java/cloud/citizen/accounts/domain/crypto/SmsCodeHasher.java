package cloud.citizen.accounts.domain.crypto;

import cloud.citizen.accounts.domain.PhoneNumber;
import cloud.citizen.accounts.domain.SmsCode;
import cloud.citizen.accounts.domain.SmsPurpose;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * What is stored instead of an SMS code: HMAC-SHA256 of (phone, purpose, code) under a secret key.
 * A plain hash would be useless protection (there are only 10^6 codes); with the key kept outside
 * the table a leaked item reveals nothing. Phone and purpose are inside the MAC, so a code sent
 * for one phone or purpose never matches another.
 */
public final class SmsCodeHasher {

    private final HmacSha256 hmac;

    /** @param keyBase64 base64 of 32 random bytes, used for nothing else */
    public SmsCodeHasher(String keyBase64) {
        this.hmac = new HmacSha256(KeyMaterial.decode256BitKey(keyBase64, "SMS code"));
    }

    /** Base64url, 43 characters. */
    public String hash(PhoneNumber phone, SmsPurpose purpose, SmsCode code) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(phone, purpose, code));
    }

    /**
     * Whether {@code presentedCode} is the code behind {@code storedHash}. The comparison takes the
     * same time wherever the first differing byte is, so timing does not leak the stored hash.
     */
    public boolean matches(PhoneNumber phone, SmsPurpose purpose, String presentedCode, String storedHash) {
        Optional<SmsCode> code = SmsCode.parse(presentedCode);
        if (code.isEmpty() || storedHash == null) {
            return false;
        }
        byte[] stored;
        try {
            stored = Base64.getUrlDecoder().decode(storedHash);
        } catch (IllegalArgumentException notOurs) {
            return false;
        }
        // Computed value first: MessageDigest.isEqual's time depends only on its first argument's length.
        return MessageDigest.isEqual(mac(phone, purpose, code.get()), stored);
    }

    private byte[] mac(PhoneNumber phone, SmsPurpose purpose, SmsCode code) {
        return hmac.of(LengthPrefixed.encode("sms-code", phone.digits(), purpose.wireName(), code.digits()));
    }
}
