package cloud.citizen.accounts.api;

import static cloud.citizen.accounts.api.Citizens.newPhone;
import static cloud.citizen.accounts.api.Citizens.requestCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.Concurrently;

import cloud.citizen.accounts.domain.TooManyCodesException;
import cloud.citizen.accounts.service.SmsCodeStore;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@EmulatedAwsTest
class SmsCodesTest {
    @Inject
    SmsCodeStore store;

    @Test
    void requestCode_queuesAnSmsWithASixDigitCode() {
        String phone = newPhone();
        requestCode(phone, "register").then().statusCode(202).body("expiresInSeconds", equalTo(300));

        assertThat(Citizens.codeSentTo(phone)).matches("\\d{6}");
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
        assertThat(Citizens.anySmsQueuedFor(phone)).isFalse();
    }

    @Test
    void reserveSend_allowsTenADayOneAMinute() {
        String phoneKey = "quota-" + newPhone();
        Instant start = Instant.parse("2026-11-28T01:00:00Z"); // 09:00 in the city
        for (int i = 0; i < 10; i++) {
            store.reserveSend(phoneKey, start.plusSeconds(61L * i));
        }
        try {
            store.reserveSend(phoneKey, start.plusSeconds(61L * 10));
            throw new AssertionError("the eleventh code of the day was allowed");
        } catch (TooManyCodesException expected) {
            // 09:10:10 -> next city midnight is 14h49m50s away
            assertThat(expected.retryAfterSeconds().getAsLong()).isEqualTo(14 * 3600 + 49 * 60 + 50);
        }
        store.reserveSend(phoneKey, Instant.parse("2026-11-28T16:00:01Z")); // after city midnight
    }

    @Test
    void reserveSend_twentyConcurrentRequests_onlyOnePasses() throws Exception {
        String phoneKey = "race-" + newPhone();
        Instant now = Instant.now();

        List<Boolean> passed = Concurrently.run(20, i -> {
            try {
                store.reserveSend(phoneKey, now);
                return true;
            } catch (TooManyCodesException refused) {
                return false;
            }
        });

        assertThat(passed).filteredOn(Boolean::booleanValue).hasSize(1);
    }
}
