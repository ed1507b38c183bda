package cloud.citizen.accounts.domain.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.citizen.accounts.domain.PhoneNumber;
import cloud.citizen.accounts.domain.SmsCode;
import cloud.citizen.accounts.domain.SmsPurpose;
import cloud.citizen.accounts.testing.AccountsFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SmsCodeHasherTest {

    private static final PhoneNumber PHONE = new PhoneNumber("13812345678");
    private static final SmsCode CODE = new SmsCode("042917");

    private final SmsCodeHasher hasher = new SmsCodeHasher(AccountsFixtures.KEY_A);
    private final String stored = hasher.hash(PHONE, SmsPurpose.LOGIN, CODE);

    @Test
    void hash_isBase64UrlAndDoesNotContainTheCode() {
        assertThat(stored).matches("[A-Za-z0-9_-]{43}").doesNotContain("042917");
    }

    @Test
    void matches_whenSameCodePhoneAndPurpose_isTrue() {
        assertThat(hasher.matches(PHONE, SmsPurpose.LOGIN, "042917", stored)).isTrue();
    }

    @Test
    void matches_whenCodeWrong_isFalse() {
        assertThat(hasher.matches(PHONE, SmsPurpose.LOGIN, "042918", stored)).isFalse();
    }

    @Test
    void matches_whenCodeWasForAnotherPurpose_isFalse() {
        assertThat(hasher.matches(PHONE, SmsPurpose.RESET, "042917", stored)).isFalse();
        assertThat(hasher.matches(PHONE, SmsPurpose.REGISTER, "042917", stored)).isFalse();
    }

    @Test
    void matches_whenCodeWasForAnotherPhone_isFalse() {
        assertThat(hasher.matches(new PhoneNumber("13912345678"), SmsPurpose.LOGIN, "042917", stored)).isFalse();
    }

    @Test
    void matches_whenHashedUnderAnotherKey_isFalse() {
        String otherKeysHash = new SmsCodeHasher(AccountsFixtures.KEY_B).hash(PHONE, SmsPurpose.LOGIN, CODE);

        assertThat(hasher.matches(PHONE, SmsPurpose.LOGIN, "042917", otherKeysHash)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"42917", "0429170", "04291a", " 042917"})
    void matches_whenPresentedCodeMalformed_isFalse(String presented) {
        assertThat(hasher.matches(PHONE, SmsPurpose.LOGIN, presented, stored)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"not base64 !", "AAAA"})
    void matches_whenStoredHashMalformed_isFalse(String storedHash) {
        assertThat(hasher.matches(PHONE, SmsPurpose.LOGIN, "042917", storedHash)).isFalse();
    }

    @Test
    void constructor_refusesAMissingKey() {
        assertThatThrownBy(() -> new SmsCodeHasher(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
