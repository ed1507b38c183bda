package cloud.citizen.platform.paging;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.platform.config.Lazy;
import cloud.citizen.platform.problem.ErrorCodes;
import cloud.citizen.platform.problem.ProblemException;

/**
 * Pagination cursors are DynamoDB's LastEvaluatedKey, serialised and signed with HMAC-SHA256 so a
 * client can neither read our key design nor forge a cursor that starts in someone else's data.
 * Format: base64url(payload) "." base64url(mac); payload lines "name=S|N:value".
 */
public class CursorCodec {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** Not a DynamoDB attribute of ours: where a bound cursor keeps its question. */
    private static final String QUESTION = "~question";

    private final Supplier<SecretKeySpec> key;
    /** Initialised once with the key; each signature works on a clone (a Mac is not thread-safe). */
    private final Supplier<Mac> keyedMac;

    public CursorCodec(String secret) {
        this(() -> secret);
    }

    /** With the secret read when the first cursor is signed or checked (a first page that ends needs none). */
    public CursorCodec(Supplier<String> secret) {
        this.key = Lazy.of(() -> new SecretKeySpec(secret.get().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        this.keyedMac = Lazy.of(this::newMac);
    }

    public String encode(Map<String, AttributeValue> lastEvaluatedKey) {
        if (lastEvaluatedKey == null || lastEvaluatedKey.isEmpty()) {
            return null;
        }
        StringBuilder payload = new StringBuilder();
        new TreeMap<>(lastEvaluatedKey).forEach((name, value) -> payload.append(name).append('=')
                .append(value.n() != null ? "N:" + value.n() : "S:" + value.s()).append('\n'));
        byte[] bytes = payload.toString().getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
    }

    /** @throws ProblemException 400 INVALID_CURSOR for anything we did not sign */
    public Map<String, AttributeValue> decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        key.get(); // read here, outside the try: a key that cannot be read is our failure, not a bad cursor
        try {
            int dot = cursor.indexOf('.');
            byte[] payload = DECODER.decode(cursor.substring(0, dot));
            if (!MessageDigest.isEqual(mac(payload), DECODER.decode(cursor.substring(dot + 1)))) {
                throw invalid();
            }
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            for (String line : new String(payload, StandardCharsets.UTF_8).split("\n")) {
                int eq = line.indexOf('=');
                String name = line.substring(0, eq);
                String typed = line.substring(eq + 1);
                key.put(name, typed.startsWith("N:") ? AttributeValue.fromN(typed.substring(2))
                        : AttributeValue.fromS(typed.substring(2)));
            }
            return key;
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    /**
     * A cursor bound to the question it answers ({@code "bills|u-1|status=unpaid"}): the question is
     * signed with the key, so the cursor of one list sent with other filters, or by another caller,
     * is a 400 instead of a query DynamoDB rejects (an ExclusiveStartKey outside the key condition).
     */
    public String encode(Map<String, AttributeValue> lastEvaluatedKey, String question) {
        if (lastEvaluatedKey == null || lastEvaluatedKey.isEmpty()) {
            return null;
        }
        Map<String, AttributeValue> payload = new LinkedHashMap<>(lastEvaluatedKey);
        payload.put(QUESTION, AttributeValue.fromS(requireOneLine(question)));
        return encode(payload);
    }

    /** @throws ProblemException 400 INVALID_CURSOR for a cursor we did not sign or that answers another question */
    public Map<String, AttributeValue> decode(String cursor, String question) {
        Map<String, AttributeValue> payload = decode(cursor);
        if (payload == null) {
            return null;
        }
        AttributeValue asked = payload.remove(QUESTION);
        if (asked == null || !requireOneLine(question).equals(asked.s())) {
            throw ProblemException.of(400, ErrorCodes.INVALID_CURSOR, "The cursor belongs to another list.");
        }
        return payload;
    }

    /** The payload is line based. */
    private static String requireOneLine(String question) {
        if (question.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a cursor's question must be one line");
        }
        return question;
    }

    private static ProblemException invalid() {
        return ProblemException.of(400, ErrorCodes.INVALID_CURSOR, "The cursor is not one this API issued.");
    }

    private byte[] mac(byte[] payload) {
        try {
            return ((Mac) keyedMac.get().clone()).doFinal(payload);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key.get());
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
