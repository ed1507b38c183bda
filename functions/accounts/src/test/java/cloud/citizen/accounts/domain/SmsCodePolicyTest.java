package cloud.citizen.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import cloud.citizen.accounts.testing.AccountsFixtures;

class SmsCodePolicyTest {

    @Test
    void newCode_isSixAsciiDigits() {
        SmsCodePolicy policy = new SmsCodePolicy();

        for (int i = 0; i < 1000; i++) {
            assertThat(policy.newCode().digits()).matches("[0-9]{6}");
        }
    }

    @Test
    void newCode_keepsLeadingZeros() {
        SecureRandom alwaysSeven = new SecureRandom() {
            @Override
            public int nextInt(int bound) {
                return 7;
            }
        };

        assertThat(new SmsCodePolicy(alwaysSeven).newCode().digits()).isEqualTo("000007");
    }

    @Test
    void newCode_usesEveryDigitInEveryPosition() {
        SmsCodePolicy policy = new SmsCodePolicy();
        Set<String> seen = new HashSet<>();

        for (int i = 0; i < 2000; i++) {
            String code = policy.newCode().digits();
            for (int position = 0; position < 6; position++) {
                seen.add(position + ":" + code.charAt(position));
            }
        }

        assertThat(seen).hasSize(60);
    }

    @Test
    void smsCode_toStringHidesTheDigits() {
        assertThat(new SmsCode("123456").toString()).doesNotContain("123456");
    }

    @Test
    void smsCode_parse_acceptsOnlySixAsciiDigits() {
        assertThat(SmsCode.parse("012345")).contains(new SmsCode("012345"));
        assertThat(SmsCode.parse("12345")).isEmpty();
        assertThat(SmsCode.parse("1234567")).isEmpty();
        assertThat(SmsCode.parse("12345a")).isEmpty();
        assertThat(SmsCode.parse("１２３４５６")).isEmpty();
        assertThat(SmsCode.parse(null)).isEmpty();
        assertThatThrownBy(() -> new SmsCode("abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void code_livesFiveMinutes() {
        Instant sentAt = AccountsFixtures.NOW;
        Instant expiresAt = SmsCodePolicy.expiresAt(sentAt);

        assertThat(expiresAt).isEqualTo(sentAt.plus(Duration.ofMinutes(5)));
    }

    @Test
    void purpose_wireNamesAreLowerCase() {
        assertThat(SmsPurpose.REGISTER.wireName()).isEqualTo("register");
        assertThat(SmsPurpose.fromWireName("login")).contains(SmsPurpose.LOGIN);
        assertThat(SmsPurpose.fromWireName("reset")).contains(SmsPurpose.RESET);
        assertThat(SmsPurpose.fromWireName("LOGIN")).isEmpty();
        assertThat(SmsPurpose.fromWireName("unknown")).isEmpty();
        assertThat(SmsPurpose.fromWireName(null)).isEmpty();
    }
}
