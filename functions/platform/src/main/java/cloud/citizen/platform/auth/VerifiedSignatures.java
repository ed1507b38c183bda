package cloud.citizen.platform.auth;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.proc.JWSVerifierFactory;
import com.nimbusds.jose.util.Base64URL;

/**
 * nimbus' verifiers, remembering which signatures they found valid: a citizen's token comes back
 * with every request for its 15 minutes, and the RSA check is most of the token check's cost
 * (~0.3 ms per call with the managed runtime's C1-only JIT, which has no intrinsics for the
 * modular arithmetic; key conversion and claim checks are ~0.03 ms).
 *
 * <p>Only the signature is remembered, as the pure function it is: the same key, the same signed
 * bytes (header and claims, exactly) and the same signature give the same answer. Everything else
 * still runs on every call in nimbus' processor: parsing, {@code typ}, key selection against the
 * current key set (a key that left it selects nothing, a new key under an old {@code kid} is a
 * different entry), and {@code exp}/{@code iss}/{@code aud}. Failures are not remembered. At most
 * {@link #MAX_REMEMBERED} entries (~1 KB each); beyond that the memory starts over.
 */
final class VerifiedSignatures implements JWSVerifierFactory {
    static final int MAX_REMEMBERED = 1024;

    private record Signed(Key key, String signingInput, Base64URL signature) {
    }

    private final JWSVerifierFactory verifiers;
    private final Map<Signed, Boolean> valid = new ConcurrentHashMap<>();

    VerifiedSignatures() {
        this(new DefaultJWSVerifierFactory());
    }

    VerifiedSignatures(JWSVerifierFactory verifiers) {
        this.verifiers = verifiers;
    }

    @Override
    public JWSVerifier createJWSVerifier(JWSHeader header, Key key) throws JOSEException {
        JWSVerifier verifier = verifiers.createJWSVerifier(header, key);
        return new JWSVerifier() {
            @Override
            public boolean verify(JWSHeader verified, byte[] signingInput, Base64URL signature) throws JOSEException {
                Signed signed = new Signed(key, new String(signingInput, StandardCharsets.US_ASCII), signature);
                if (valid.containsKey(signed)) {
                    return true;
                }
                boolean ok = verifier.verify(verified, signingInput, signature);
                if (ok) {
                    remember(signed);
                }
                return ok;
            }

            @Override
            public Set<JWSAlgorithm> supportedJWSAlgorithms() {
                return verifier.supportedJWSAlgorithms();
            }

            @Override
            public JCAContext getJCAContext() {
                return verifier.getJCAContext();
            }
        };
    }

    private void remember(Signed signed) {
        if (valid.size() >= MAX_REMEMBERED) {
            valid.clear();
        }
        valid.put(signed, Boolean.TRUE);
    }

    int rememberedCount() {
        return valid.size();
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return verifiers.supportedJWSAlgorithms();
    }

    @Override
    public JCAContext getJCAContext() {
        return verifiers.getJCAContext();
    }
}
