package cloud.citizen.accounts.store;

import static cloud.citizen.accounts.testing.AccountsFixtures.newPhone;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cloud.citizen.accounts.domain.SmsCodeCheck;
import cloud.citizen.accounts.domain.SmsCodePolicy;
import cloud.citizen.accounts.domain.SmsPurpose;
import cloud.citizen.accounts.domain.TooManyCodesException;
import cloud.citizen.accounts.testing.AccountsFixtures;
import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsResource;

/** The SMS sending quota and code guessing against the emulated table. */
class DynamoSmsCodeStoreTest {
    private final DynamoSmsCodeStore store = new DynamoSmsCodeStore(EmulatedAwsResource.aws().dynamoDb(),
            AccountsFixtures.table());

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

    @Test
    void consume_twentyConcurrentWrongGuesses_exactlyFiveAreCompared_thenTheRightCodeIsRefused() throws Exception {
        String phoneKey = "guess-" + newPhone();
        Instant now = Instant.now();
        store.save(phoneKey, SmsPurpose.LOGIN, "right-hash", now.plusSeconds(300));

        List<SmsCodeCheck> checks = Concurrently.run(20, i -> store.consume(phoneKey, SmsPurpose.LOGIN, "wrong-" + i, now));

        assertThat(checks).filteredOn(SmsCodeCheck.WRONG::equals).hasSize(SmsCodePolicy.MAX_WRONG_ATTEMPTS);
        assertThat(checks).filteredOn(SmsCodeCheck.NOT_CHECKED::equals).hasSize(20 - SmsCodePolicy.MAX_WRONG_ATTEMPTS);
        assertThat(store.consume(phoneKey, SmsPurpose.LOGIN, "right-hash", now)).isEqualTo(SmsCodeCheck.NOT_CHECKED);
    }

    @Test
    void consume_rightCode_isAcceptedOnce_evenWhenTriedConcurrently() throws Exception {
        String phoneKey = "once-" + newPhone();
        Instant now = Instant.now();
        store.save(phoneKey, SmsPurpose.REGISTER, "right-hash", now.plusSeconds(300));

        List<SmsCodeCheck> checks = Concurrently.run(10, i -> store.consume(phoneKey, SmsPurpose.REGISTER, "right-hash", now));

        assertThat(checks).filteredOn(SmsCodeCheck.ACCEPTED::equals).hasSize(1);
    }

    @Test
    void consume_expiredCode_isNotChecked() {
        String phoneKey = "expired-" + newPhone();
        Instant now = Instant.now();
        store.save(phoneKey, SmsPurpose.LOGIN, "right-hash", now.minusSeconds(1));

        assertThat(store.consume(phoneKey, SmsPurpose.LOGIN, "right-hash", now)).isEqualTo(SmsCodeCheck.NOT_CHECKED);
    }
}
