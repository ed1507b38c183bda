package cloud.citizen.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import cloud.citizen.platform.problem.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RefusalsTest {

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(new BadSmsCodeException(), "BAD_SMS_CODE", 401),
                Arguments.of(new PhoneTakenException(), "PHONE_TAKEN", 409),
                Arguments.of(new WeakPasswordException("The password must be 8 to 128 characters long."), "WEAK_PASSWORD", 422),
                Arguments.of(new BadCredentialsException(), "BAD_CREDENTIALS", 401),
                Arguments.of(new AccountLockedException(60), "ACCOUNT_LOCKED", 429),
                Arguments.of(new TooManyCodesException(60), "TOO_MANY_CODES", 429),
                Arguments.of(TooManyCodesException.fromSource(60), "TOO_MANY_CODES", 429),
                Arguments.of(new TooManyAttemptsException(60), "TOO_MANY_ATTEMPTS", 429),
                Arguments.of(new BadRefreshTokenException(), "BAD_REFRESH_TOKEN", 401),
                Arguments.of(new BadIdNumberException(IdNumberRule.CHECKSUM), "BAD_ID_NUMBER", 422),
                Arguments.of(new IdNumberTakenException(), "ID_NUMBER_TAKEN", 409),
                Arguments.of(new RealNameAlreadyVerifiedException(), "REAL_NAME_ALREADY_VERIFIED", 409));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void everyRefusal_carriesTheApiCodeStatusAndAReadableDetail(Refusal refusal, String code, int status) {
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(refusal.status()).isEqualTo(status);
        assertThat(refusal.title()).isNotBlank();
        assertThat(refusal.detail()).isNotBlank().isEqualTo(refusal.getMessage());
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void onlyRateLimitRefusals_carryRetryAfter(Refusal refusal, String code, int status) {
        assertThat(refusal.retryAfterSeconds().isPresent()).isEqualTo(status == 429);
    }

    @Test
    void refusals_captureNoStackTrace_becauseTheyAreExpectedOutcomes() {
        assertThat(new BadCredentialsException().getStackTrace()).isEmpty();
    }

    @Test
    void badIdNumber_namesTheBrokenRuleInDetailAndAccessor() {
        BadIdNumberException refusal = new BadIdNumberException(IdNumberRule.BIRTH_DATE_OUT_OF_RANGE);

        assertThat(refusal.brokenRule()).isEqualTo(IdNumberRule.BIRTH_DATE_OUT_OF_RANGE);
        assertThat(refusal.detail()).isEqualTo(IdNumberRule.BIRTH_DATE_OUT_OF_RANGE.description());
    }

    @Test
    void weakPassword_usesThePolicyReasonAsDetail() {
        PasswordVerdict.Rejected verdict =
                (PasswordVerdict.Rejected) PasswordPolicy.judge("short", new PhoneNumber("13812345678"));

        assertThat(new WeakPasswordException(verdict).detail()).isEqualTo(verdict.reason());
    }
}
