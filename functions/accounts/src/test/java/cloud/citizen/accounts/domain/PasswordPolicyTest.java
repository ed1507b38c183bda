package cloud.citizen.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final PhoneNumber OWNER = new PhoneNumber("13812345678");

    private static String reasonFor(String password) {
        PasswordVerdict verdict = PasswordPolicy.judge(password, OWNER);
        assertThat(verdict).isInstanceOf(PasswordVerdict.Rejected.class);
        return ((PasswordVerdict.Rejected) verdict).reason();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Tianfu-2026",        // 4 classes
        "tianfu2026!",        // lower, digit, symbol
        "TIANFU2026rocks",    // upper, lower, digit
        "Kp9-Kp9-",           // exactly 8
        "天府之国Chengdu2026",  // Chinese characters count as symbols
        "correct horse 9 battery staple"
    })
    void judge_whenStrongEnough_accepts(String password) {
        assertThat(PasswordPolicy.judge(password, OWNER)).isEqualTo(new PasswordVerdict.Accepted());
    }

    @Test
    void judge_whenShorterThanEight_rejectsForLength() {
        assertThat(reasonFor("Ab1!Ab1")).contains("8 to 128");
    }

    @Test
    void judge_whenLongerThan128_rejectsForLength() {
        assertThat(reasonFor("Ab1!".repeat(32) + "x")).contains("8 to 128");
    }

    @Test
    void judge_countsCodePointsNotUtf16Units() {
        // 8 characters outside the BMP are 16 UTF-16 units, but 8 characters.
        String eightEmojiAndClasses = "Aa1" + "😀".repeat(5);

        assertThat(PasswordPolicy.judge(eightEmojiAndClasses, OWNER)).isInstanceOf(PasswordVerdict.Accepted.class);
        assertThat(reasonFor("Aa1" + "😀".repeat(4))).contains("8 to 128");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghij", "ABCDEFGHIJ", "1234567890", "abcdefg123", "ABCDEFG!!!", "天府之国天府之国ab"})
    void judge_whenFewerThanThreeCharacterClasses_rejectsForClasses(String password) {
        assertThat(reasonFor(password)).contains("at least 3 of");
    }

    @Test
    void judge_whenContainingTheOwnersPhoneNumber_rejects() {
        assertThat(reasonFor("Pw!13812345678")).contains("phone number");
    }

    @Test
    void judge_whenContainingSomeoneElsesDigits_doesNotCareAboutPhoneRule() {
        assertThat(PasswordPolicy.judge("Pw!13912345678", OWNER)).isInstanceOf(PasswordVerdict.Accepted.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password1", "P@ssw0rd", "pASSWORD1", "Woaini1314", "1qaz@WSX", "Aa123456", "Qq123456"})
    void judge_whenACommonPasswordInAnyCase_rejects(String password) {
        assertThat(reasonFor(password)).contains("most commonly used");
    }

    @Test
    void judge_whenContainingControlCharacters_rejects() {
        assertThat(reasonFor("Tianfu-2026\n")).contains("control characters");
        assertThat(reasonFor("Tianfu\u00002026")).contains("control characters");
    }

    @Test
    void judge_whenNull_rejects() {
        assertThat(reasonFor(null)).contains("required");
    }

    @Test
    void rejectionReasons_neverRepeatThePassword() {
        String password = "Password1";

        assertThat(reasonFor(password)).doesNotContain(password).doesNotContain(password.toLowerCase());
    }
}
