package cloud.citizen.accounts.domain.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.citizen.accounts.domain.IdNumber;
import cloud.citizen.accounts.domain.PhoneNumber;
import cloud.citizen.accounts.testing.AccountsFixtures;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PiiProtectorTest {

    private static final PhoneNumber PHONE = new PhoneNumber("13812345678");
    private static final IdNumber ID = new IdNumber(AccountsFixtures.CHENGDU_1990);
    private static final String OWNER = "u-0001";

    private final PiiProtector protector = new PiiProtector(AccountsFixtures.KEY_A, AccountsFixtures.KEY_B);

    @Test
    void lookupKey_isStableBase64UrlAndRevealsNothing() {
        String key = protector.lookupKey(PHONE);

        assertThat(key).isEqualTo(protector.lookupKey(new PhoneNumber("13812345678")))
                .matches("[A-Za-z0-9_-]{43}")
                .doesNotContain("5678");
    }

    @Test
    void lookupKey_dependsOnTheSecretKey() {
        PiiProtector otherKey = new PiiProtector(AccountsFixtures.KEY_C, AccountsFixtures.KEY_B);

        assertThat(otherKey.lookupKey(PHONE)).isNotEqualTo(protector.lookupKey(PHONE));
        assertThat(otherKey.lookupKey(ID)).isNotEqualTo(protector.lookupKey(ID));
    }

    @Test
    void lookupKey_differsForDifferentNumbers() {
        assertThat(protector.lookupKey(PHONE)).isNotEqualTo(protector.lookupKey(new PhoneNumber("13812345679")));
    }

    @Test
    void encrypt_thenDecrypt_returnsTheIdNumber() {
        String encrypted = protector.encrypt(ID, OWNER);

        assertThat(encrypted).startsWith("v1:").doesNotContain(ID.value()).doesNotContain("19900307");
        assertThat(protector.decryptIdNumber(encrypted, OWNER)).isEqualTo(ID);
    }

    @Test
    void encrypt_usesAFreshNonceEveryTime() {
        assertThat(protector.encrypt(ID, OWNER)).isNotEqualTo(protector.encrypt(ID, OWNER));
    }

    @Test
    void decrypt_whenCiphertextCopiedToAnotherOwner_fails() {
        String encrypted = protector.encrypt(ID, OWNER);

        assertThatThrownBy(() -> protector.decryptIdNumber(encrypted, "u-0002"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authentication");
    }

    @Test
    void decrypt_whenAnyByteTampered_fails() {
        String encrypted = protector.encrypt(ID, OWNER);
        byte[] payload = Base64.getUrlDecoder().decode(encrypted.substring(3));

        for (int i = 0; i < payload.length; i++) {
            byte[] tampered = payload.clone();
            tampered[i] ^= 0x01;
            String forged = "v1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);

            assertThatThrownBy(() -> protector.decryptIdNumber(forged, OWNER))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void decrypt_whenMalformed_failsWithoutLeaking() {
        assertThatThrownBy(() -> protector.decryptIdNumber("plain " + ID.value(), OWNER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(ID.value());
        assertThatThrownBy(() -> protector.decryptIdNumber("v1:!!!", OWNER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> protector.decryptIdNumber("v1:AAAA", OWNER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> protector.decryptIdNumber("vx:AAAA", OWNER)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyRotation_newValuesUseTheActiveKeyAndOldOnesStayReadable() {
        String underV1 = protector.encrypt(ID, OWNER);
        PiiProtector rotated = new PiiProtector(AccountsFixtures.KEY_A, 2, Map.of(1, AccountsFixtures.KEY_B, 2, AccountsFixtures.KEY_C));

        String underV2 = rotated.encrypt(ID, OWNER);

        assertThat(underV2).startsWith("v2:");
        assertThat(rotated.decryptIdNumber(underV1, OWNER)).isEqualTo(ID);
        assertThat(rotated.decryptIdNumber(underV2, OWNER)).isEqualTo(ID);
        assertThat(rotated.isEncryptedWithActiveKey(underV1)).isFalse();
        assertThat(rotated.isEncryptedWithActiveKey(underV2)).isTrue();
        assertThatThrownBy(() -> protector.decryptIdNumber(underV2, OWNER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 2");
    }

    @Test
    void decrypt_whenVersionPrefixRewritten_fails() {
        PiiProtector sameKeyTwice = new PiiProtector(AccountsFixtures.KEY_A, 2, Map.of(1, AccountsFixtures.KEY_B, 2, AccountsFixtures.KEY_B));
        String underV2 = sameKeyTwice.encrypt(ID, OWNER);

        // The version is authenticated too, so relabelling a value cannot route it to another key.
        assertThatThrownBy(() -> sameKeyTwice.decryptIdNumber("v1:" + underV2.substring(3), OWNER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructor_refusesKeysThatAreNotExactly32Bytes() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> new PiiProtector(shortKey, AccountsFixtures.KEY_B))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new PiiProtector(AccountsFixtures.KEY_A, "not base64!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("not base64!");
        assertThatThrownBy(() -> new PiiProtector(AccountsFixtures.KEY_A, 3, Map.of(1, AccountsFixtures.KEY_B)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
