package cloud.citizen.bills.providers;

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
 * Stripe's webhook scheme: {@code X-Signature} is the hex HMAC-SHA256, under the provider's
 * secret, of {@code timestamp + "." + rawBody}, and {@code X-Signature-Timestamp} the Unix seconds
 * when it was signed. Signing the timestamp with the body means an old callback cannot be replayed
 * with a fresh timestamp; the tolerance bounds how old a genuine one may be.
 */
public final class CallbackSignature {
    public static final String SIGNATURE_HEADER = "X-Signature";
    public static final String TIMESTAMP_HEADER = "X-Signature-Timestamp";
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final SecretKeySpec key;

    public CallbackSignature(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("a provider callback secret needs at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String sign(long timestampSeconds, byte[] rawBody) {
        return HexFormat.of().formatHex(mac(timestampSeconds, rawBody));
    }

    /** @throws BadSignatureException unless the signature matches and the timestamp is within the tolerance */
    public void verify(String signatureHeader, String timestampHeader, byte[] rawBody, Instant now) {
        long timestamp = parseTimestamp(timestampHeader);
        if (Math.abs(now.getEpochSecond() - timestamp) > TOLERANCE.toSeconds()) {
            throw new BadSignatureException();
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signatureHeader == null ? "" : signatureHeader.trim().toLowerCase());
        } catch (IllegalArgumentException e) {
            throw new BadSignatureException();
        }
        // constant time, so the comparison does not leak how much of a forged signature was right
        if (!MessageDigest.isEqual(mac(timestamp, rawBody), given)) {
            throw new BadSignatureException();
        }
    }

    private static long parseTimestamp(String header) {
        try {
            return Long.parseLong(header == null ? "" : header.trim());
        } catch (NumberFormatException e) {
            throw new BadSignatureException();
        }
    }

    private byte[] mac(long timestamp, byte[] rawBody) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(rawBody);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
