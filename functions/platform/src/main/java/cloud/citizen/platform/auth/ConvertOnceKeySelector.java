package cloud.citizen.platform.auth;

import java.security.Key;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyConverter;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * nimbus' {@link JWSVerificationKeySelector} (same algorithm check, same JWK matching by
 * {@code kid}, type and use), except that each matched JWK is turned into a Java public key once,
 * not on every token: nimbus' selector decodes the modulus and runs {@code KeyFactory} per call.
 *
 * <p>The conversion is keyed by the whole JWK (its equality covers {@code kid}, {@code n},
 * {@code e}, use, algorithm), so a source that starts serving a new key, even under an old
 * {@code kid}, is honoured at once; a key that leaves the source is no longer selected, because
 * matching still runs against the source on every call. The map holds at most
 * {@link #MAX_CONVERTED} keys and starts over beyond that (a JWK set holds a handful).
 */
final class ConvertOnceKeySelector<C extends SecurityContext> extends JWSVerificationKeySelector<C> {
    static final int MAX_CONVERTED = 16;

    private final Map<JWK, List<Key>> converted = new ConcurrentHashMap<>();

    ConvertOnceKeySelector(JWSAlgorithm algorithm, JWKSource<C> source) {
        super(algorithm, source);
    }

    @Override
    public List<Key> selectJWSKeys(JWSHeader header, C context) throws KeySourceException {
        if (!isAllowed(header.getAlgorithm())) {
            return List.of();
        }
        JWKMatcher matcher = createJWKMatcher(header);
        if (matcher == null) {
            return List.of();
        }
        List<Key> keys = new ArrayList<>(1);
        for (JWK jwk : getJWKSource().get(new JWKSelector(matcher), context)) {
            keys.addAll(publicKeysOf(jwk));
        }
        return keys;
    }

    private List<Key> publicKeysOf(JWK jwk) {
        List<Key> keys = converted.get(jwk);
        if (keys == null) {
            keys = KeyConverter.toJavaKeys(List.of(jwk)).stream().filter(PublicKey.class::isInstance).toList();
            if (converted.size() >= MAX_CONVERTED) {
                converted.clear();
            }
            converted.put(jwk, keys);
        }
        return keys;
    }

    int convertedCount() {
        return converted.size();
    }
}
