package cloud.citizen.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Key;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.proc.SecurityContext;

class ConvertOnceKeySelectorTest {
    private static final RSAKey KEY = generate("k1");

    @Test
    void selectJWSKeys_sameJwkTwice_convertsItOnce() throws Exception {
        ConvertOnceKeySelector<SecurityContext> selector = selectorOver(new AtomicReference<>(new JWKSet(KEY.toPublicJWK())));
        List<Key> first = selector.selectJWSKeys(header("k1"), null);
        List<Key> second = selector.selectJWSKeys(header("k1"), null);

        assertThat(first).singleElement().isEqualTo(KEY.toRSAPublicKey());
        assertThat(second.get(0)).isSameAs(first.get(0));
    }

    @Test
    void selectJWSKeys_unknownKidOrOtherAlgorithm_selectsNothing() throws Exception {
        ConvertOnceKeySelector<SecurityContext> selector = selectorOver(new AtomicReference<>(new JWKSet(KEY.toPublicJWK())));

        assertThat(selector.selectJWSKeys(header("k9"), null)).isEmpty();
        assertThat(selector.selectJWSKeys(new JWSHeader.Builder(JWSAlgorithm.PS256).keyID("k1").build(), null)).isEmpty();
    }

    @Test
    void selectJWSKeys_manyKeysOverTime_keepsAtMostTheBound() throws Exception {
        AtomicReference<JWKSet> published = new AtomicReference<>();
        ConvertOnceKeySelector<SecurityContext> selector = selectorOver(published);
        for (int i = 0; i <= ConvertOnceKeySelector.MAX_CONVERTED + 2; i++) {
            RSAKey key = new RSAKeyGenerator(2048).keyID("k" + i).generate();
            published.set(new JWKSet(key.toPublicJWK()));
            assertThat(selector.selectJWSKeys(header("k" + i), null)).singleElement().isEqualTo(key.toRSAPublicKey());
        }

        assertThat(selector.convertedCount()).isLessThanOrEqualTo(ConvertOnceKeySelector.MAX_CONVERTED);
    }

    private static ConvertOnceKeySelector<SecurityContext> selectorOver(AtomicReference<JWKSet> published) {
        return new ConvertOnceKeySelector<>(JWSAlgorithm.RS256, (selector, context) -> selector.select(published.get()));
    }

    private static JWSHeader header(String kid) {
        return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build();
    }

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
