package cloud.citizen.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Key;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

class VerifiedSignaturesTest {
    private static final RSAKey KEY = generate("k1");
    private static final RSAKey OTHER = generate("k1");

    /** nimbus' factory, counting the RSA checks it really runs. */
    private final AtomicInteger rsaChecks = new AtomicInteger();
    private final VerifiedSignatures signatures = new VerifiedSignatures(new DefaultJWSVerifierFactory() {
        @Override
        public JWSVerifier createJWSVerifier(JWSHeader header, Key key) throws JOSEException {
            JWSVerifier verifier = super.createJWSVerifier(header, key);
            return new JWSVerifier() {
                @Override
                public boolean verify(JWSHeader h, byte[] input, com.nimbusds.jose.util.Base64URL signature) throws JOSEException {
                    rsaChecks.incrementAndGet();
                    return verifier.verify(h, input, signature);
                }

                @Override
                public java.util.Set<JWSAlgorithm> supportedJWSAlgorithms() {
                    return verifier.supportedJWSAlgorithms();
                }

                @Override
                public com.nimbusds.jose.jca.JCAContext getJCAContext() {
                    return verifier.getJCAContext();
                }
            };
        }
    });

    @Test
    void verify_sameSignedTokenTwice_checksRsaOnce() throws Exception {
        JWSObject token = signed(KEY, "{\"sub\":\"u-1\"}");

        assertThat(verify(token, KEY)).isTrue();
        assertThat(verify(token, KEY)).isTrue();
        assertThat(rsaChecks).hasValue(1);
    }

    @Test
    void verify_rememberedTokenUnderAnotherKey_checksAgainAndRefuses() throws Exception {
        JWSObject token = signed(KEY, "{\"sub\":\"u-1\"}");
        assertThat(verify(token, KEY)).isTrue();

        assertThat(verify(token, OTHER)).isFalse();
        assertThat(rsaChecks).hasValue(2);
    }

    @Test
    void verify_otherPayloadWithARememberedSignature_checksAgainAndRefuses() throws Exception {
        JWSObject token = signed(KEY, "{\"sub\":\"u-1\"}");
        assertThat(verify(token, KEY)).isTrue();
        String[] parts = token.serialize().split("\\.");
        JWSObject forged = JWSObject.parse(parts[0] + "." + new Payload("{\"sub\":\"admin\"}").toBase64URL() + "." + parts[2]);

        assertThat(verify(forged, KEY)).isFalse();
        assertThat(verify(forged, KEY)).isFalse();
        assertThat(rsaChecks).hasValue(3);
        assertThat(signatures.rememberedCount()).isEqualTo(1);
    }

    @Test
    void verify_manyTokens_remembersAtMostTheBound() throws Exception {
        for (int i = 0; i <= VerifiedSignatures.MAX_REMEMBERED; i++) {
            assertThat(verify(signed(KEY, "{\"sub\":\"u-" + i + "\"}"), KEY)).isTrue();
        }

        assertThat(signatures.rememberedCount()).isBetween(1, VerifiedSignatures.MAX_REMEMBERED);
    }

    private boolean verify(JWSObject token, RSAKey key) throws JOSEException {
        return token.verify(signatures.createJWSVerifier(token.getHeader(), key.toRSAPublicKey()));
    }

    private static JWSObject signed(RSAKey key, String json) throws JOSEException {
        JWSObject token = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), new Payload(json));
        token.sign(new RSASSASigner(key));
        return token;
    }

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
