package cloud.citizen.bills.store.payments;

import static org.assertj.core.api.Assertions.assertThat;
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
    void sign_isTheHexHmacSha256OfTheRawBody() throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("a-secret-of-enough-length".getBytes(StandardCharsets.UTF_8),
                "HmacSHA256"));

        assertThat(signature.sign(body)).isEqualTo(java.util.HexFormat.of().formatHex(mac.doFinal(body)));
    }

    @Test
    void verify_acceptsItsOwnSignature_inEitherCase() {
        String hex = signature.sign(body);

        assertThatCode(() -> signature.verify(hex, body)).doesNotThrowAnyException();
        assertThatCode(() -> signature.verify(hex.toUpperCase(), body)).doesNotThrowAnyException();
    }

    @Test
    void verify_refusesAnAlteredBody() {
        String hex = signature.sign(body);
        byte[] altered = "{\"paymentId\":\"pay_1\",\"amountFen\":1}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> signature.verify(hex, altered)).isInstanceOf(BadSignatureException.class);
    }

    @Test
    void verify_refusesAnotherSecretsSignature() {
        String forged = new CallbackSignature("another-secret-of-enough-length").sign(body);

        assertThatThrownBy(() -> signature.verify(forged, body)).isInstanceOf(BadSignatureException.class);
    }

    @Test
    void verify_refusesMissingOrMalformedSignatures() {
        assertThatThrownBy(() -> signature.verify(null, body)).isInstanceOf(BadSignatureException.class);
        assertThatThrownBy(() -> signature.verify("zz", body)).isInstanceOf(BadSignatureException.class);
        assertThatThrownBy(() -> signature.verify("", body)).isInstanceOf(BadSignatureException.class);
    }

    @Test
    void checkFresh_acceptsSignedTimesWithinFiveMinutes_andRefusesReplays() {
        assertThatCode(() -> CallbackSignature.checkFresh(NOW.getEpochSecond() - 299, NOW)).doesNotThrowAnyException();
        assertThatCode(() -> CallbackSignature.checkFresh(NOW.getEpochSecond() + 299, NOW)).doesNotThrowAnyException();

        assertThatThrownBy(() -> CallbackSignature.checkFresh(NOW.getEpochSecond() - 301, NOW))
                .isInstanceOf(BadSignatureException.class);
        assertThatThrownBy(() -> CallbackSignature.checkFresh(null, NOW)).isInstanceOf(BadSignatureException.class);
    }
}
