package cloud.citizen.accounts.api;

import static cloud.citizen.accounts.testing.AccountsFixtures.newPhone;
import static cloud.citizen.accounts.testing.AccountsFixtures.requestCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;


import org.junit.jupiter.api.Test;

import cloud.citizen.accounts.testing.AccountsFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@EmulatedAwsTest(parameters = AccountsFixtures.ONE_CLIENT_ADDRESS)
class SmsCodesTest {
    @Test
    void requestCode_queuesAnSmsWithASixDigitCode() {
        String phone = newPhone();
        requestCode(phone, "register").then().statusCode(202).body("expiresInSeconds", equalTo(300));

        assertThat(AccountsFixtures.codeSentTo(phone)).matches("\\d{6}");
    }

    @Test
    void requestCode_twiceWithinAMinute_returns429TooManyCodesWithRetryAfter() {
        String phone = newPhone();
        requestCode(phone, "register").then().statusCode(202);

        String retryAfter = requestCode(phone, "register").then().statusCode(429)
                .contentType("application/problem+json").body("code", equalTo("TOO_MANY_CODES"))
                .extract().header("Retry-After");
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
    }

    @Test
    void requestCode_forLoginOfUnknownPhone_answersTheSameButSendsNothing() {
        String phone = newPhone();

        requestCode(phone, "login").then().statusCode(202).body("expiresInSeconds", equalTo(300));
        assertThat(AccountsFixtures.anySmsQueuedFor(phone)).isFalse();
    }
}
