package cloud.citizen.bills.providers;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cloud.citizen.bills.domain.BadSignatureException;

class CallbackSignatureTest {
    private static final Instant NOW = Instant.parse("2026-11-28T01:00:00Z");
    private final CallbackSignature signature = new CallbackSignature("a-secret-of-enough-length");
    private final byte[] body = "{\"paymentId\":\"pay_1\",\"amountFen\":100}".getBytes(StandardCharsets.UTF_8);

    @Test
    void verify_acceptsItsOwnSignature_withinTheTolerance() {
        long timestamp = NOW.getEpochSecond() - 299;
        String hex = signature.sign(timestamp, body);

        assertThatCode(() -> signature.verify(hex, Long.toString(timestamp), body, NOW)).doesNotThrowAnyException();
        assertThatCode(() -> signature.verify(hex.toUpperCase(), Long.toString(timestamp), body, NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void verify_refusesAnAlteredBody() {
        long timestamp = NOW.getEpochSecond();
        String hex = signature.sign(timestamp, body);
        byte[] altered = "{\"paymentId\":\"pay_1\",\"amountFen\":1}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> signature.verify(hex, Long.toString(timestamp), altered, NOW))
                .isInstanceOf(BadSignatureException.class);
    }

    @Test
    void verify_refusesAnotherSecretsSignature() {
        long timestamp = NOW.getEpochSecond();
        String forged = new CallbackSignature("another-secret-of-enough-length").sign(timestamp, body);

        assertThatThrownBy(() -> signature.verify(forged, Long.toString(timestamp), body, NOW))
                .isInstanceOf(BadSignatureException.class);
    }

    @Test
    void verify_refusesAReplayedOldCallback_evenWithItsGenuineSignature() {
        long old = NOW.getEpochSecond() - 301;
        String genuine = signature.sign(old, body);

        assertThatThrownBy(() -> signature.verify(genuine, Long.toString(old), body, NOW))
                .isInstanceOf(BadSignatureException.class);
        // a fresh timestamp on the old signature does not match what was signed
        assertThatThrownBy(() -> signature.verify(genuine, Long.toString(NOW.getEpochSecond()), body, NOW))
                .isInstanceOf(BadSignatureException.class);
    }

    @Test
    void verify_refusesMissingOrMalformedHeaders() {
        String hex = signature.sign(NOW.getEpochSecond(), body);

        assertThatThrownBy(() -> signature.verify(null, Long.toString(NOW.getEpochSecond()), body, NOW))
                .isInstanceOf(BadSignatureException.class);
        assertThatThrownBy(() -> signature.verify(hex, null, body, NOW)).isInstanceOf(BadSignatureException.class);
        assertThatThrownBy(() -> signature.verify("zz", "12x", body, NOW)).isInstanceOf(BadSignatureException.class);
        assertThatThrownBy(() -> signature.verify("zz", Long.toString(NOW.getEpochSecond()), body, NOW))
                .isInstanceOf(BadSignatureException.class);
    }
}
