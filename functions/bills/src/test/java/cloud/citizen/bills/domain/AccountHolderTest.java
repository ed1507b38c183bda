package cloud.citizen.bills.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class AccountHolderTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Test
    void anotherPerson_fromANewerOrTheSamePeriod_replacesTheStoredHolder() {
        AccountHolder stored = new AccountHolder("old", OCTOBER);

        assertThat(new AccountHolder("new", NOVEMBER).replaces(stored)).isTrue();
        assertThat(new AccountHolder("new", OCTOBER).replaces(stored)).as("a corrected file of the same month").isTrue();
    }

    @Test
    void anOlderFile_neverTakesTheAccountBack() {
        assertThat(new AccountHolder("old", OCTOBER).replaces(new AccountHolder("new", NOVEMBER))).isFalse();
    }

    @Test
    void theSamePerson_replacesNobody_whateverThePeriod() {
        assertThat(new AccountHolder("same", NOVEMBER).replaces(new AccountHolder("same", OCTOBER))).isFalse();
    }

    @Test
    void anAccountStoredBeforePeriodsWereRecorded_takesAnyFilesHolder() {
        assertThat(new AccountHolder("new", OCTOBER).replaces(new AccountHolder("old", null))).isTrue();
    }
}
