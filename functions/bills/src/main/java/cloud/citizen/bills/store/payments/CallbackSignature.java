package cloud.citizen.bills.store.payments;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import cloud.citizen.bills.domain.BadSignatureException;

/**
 * The callback signature of docs/api.md: {@code X-Signature} is the hex HMAC-SHA256, under the
 * payment gateway's secret, of the raw body. Against replay (Stripe's idea) the signed body
 * carries the time it was signed, which must be within the tolerance: an old callback cannot get a
 * fresh time without a new signature.
 */
public final class CallbackSignature {
    public static final String SIGNATURE_HEADER = "X-Signature";
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final SecretKeySpec key;

    public CallbackSignature(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("a payment gateway callback secret needs at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String sign(byte[] rawBody) {
        return HexFormat.of().formatHex(mac(rawBody));
    }

    /** @throws BadSignatureException unless the signature is ours over exactly this body */
    public void verify(String signatureHeader, byte[] rawBody) {
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signatureHeader == null ? "" : signatureHeader.trim().toLowerCase());
        } catch (IllegalArgumentException e) {
            throw new BadSignatureException();
        }
        // constant time, so the comparison does not leak how much of a forged signature was right
        if (!MessageDigest.isEqual(mac(rawBody), given)) {
            throw new BadSignatureException();
        }
    }

    /** @throws BadSignatureException when the signed time is missing or outside the tolerance (a replay) */
    public static void checkFresh(Long signedAtSeconds, Instant now) {
        if (signedAtSeconds == null || Math.abs(now.getEpochSecond() - signedAtSeconds) > TOLERANCE.toSeconds()) {
            throw new BadSignatureException();
        }
    }

    private byte[] mac(byte[] rawBody) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(rawBody);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
