package cloud.citizen.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import cloud.citizen.accounts.testing.AccountsFixtures;

class IdNumberTest {

    private static IdNumberCheck parse(String raw) {
        return IdNumber.parse(raw, AccountsFixtures.FIXED);
    }

    private static IdNumberRule brokenRuleOf(String raw) {
        IdNumberCheck check = parse(raw);
        assertThat(check).isInstanceOf(IdNumberCheck.Invalid.class);
        return ((IdNumberCheck.Invalid) check).brokenRule();
    }

    private static IdNumber validOf(String raw) {
        IdNumberCheck check = parse(raw);
        assertThat(check).isInstanceOf(IdNumberCheck.Valid.class);
        return ((IdNumberCheck.Valid) check).idNumber();
    }

    /** The first 17 digits with a correct check character, whatever the digits mean. */
    private static String withCheckCharacter(String first17) {
        return first17 + IdNumber.checkCharacterFor(first17);
    }

    private static String sampleEndingInX() {
        return IntStream.range(0, 1000)
                .mapToObj(seq -> AccountsFixtures.validIdNumber("510104", LocalDate.of(1985, 6, 1), String.format("%03d", seq)))
                .filter(id -> id.endsWith("X"))
                .findFirst()
                .orElseThrow();
    }

    // Expected values computed with the other textbook form of ISO 7064 MOD 11-2
    // (p = (p + digit) * 2 mod 11 over the digits, check = (12 - p) mod 11), not with the weights
    // the implementation uses, so the two forms vouch for each other.
    @ParameterizedTest
    // One vector per possible check character, so a slip anywhere in the table is caught.
    @CsvSource({
        "51010419900307009, 0", "51010419900307003, 1", "51010419900307008, 2", "51010419900307002, 3",
        "51010419900307007, 4", "51010419900307001, 5", "51010419900307006, 6", "51010419900307000, 7",
        "51010419900307005, 8", "51010419900307018, 9", "51010419900307004, X",
        "51010419900307123, 7", "44030420000229001, 4", "65010219000101000, 8"
    })
    void checkCharacterFor_matchesIso7064Mod11Dash2(String first17, char expected) {
        assertThat(IdNumber.checkCharacterFor(first17)).isEqualTo(expected);
    }

    @Test
    void parse_whenAllRulesHold_returnsTheNumber() {
        IdNumber id = validOf(AccountsFixtures.CHENGDU_1990);

        assertThat(id.value()).isEqualTo("510104199003071237");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
    }

    @Test
    void parse_whenCheckCharacterIsLowerCaseX_normalisesToUpperCase() {
        String upper = sampleEndingInX();
        String lower = upper.substring(0, 17) + "x";

        assertThat(validOf(lower).value()).isEqualTo(upper);
    }

    @Test
    void parse_stripsSurroundingWhitespace() {
        assertThat(validOf("  " + AccountsFixtures.CHENGDU_1990 + "\n").value()).isEqualTo(AccountsFixtures.CHENGDU_1990);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "51010419900307123",           // 17 characters
        "5101041990030712377",         // 19 characters
        "51010419900307X237",          // X before the end
        "51010A199003071237",          // letter inside
        "510104 199003071237",         // space inside
        "５１０１０４１９９００３０７１２３７" // full-width digits
    })
    void parse_whenNotSeventeenDigitsAndACheckCharacter_reportsFormatRule(String raw) {
        assertThat(brokenRuleOf(raw)).isEqualTo(IdNumberRule.FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "000101", "100101", "160101", "200101", "240101", "300101", "380101", "470101", "550101", "660101",
        "710101", // Taiwan: not issued on mainland resident cards
        "810000", "820000", "830000", // HK / Macau / Taiwan residence permits: another document
        "810101", "820101", "990101",
        "510000", "110000" // province-level code: cards are issued by county-level offices
    })
    void parse_whenRegionIsNotAMainlandCountyCode_reportsRegionRule(String region) {
        String id = AccountsFixtures.validIdNumber(region, LocalDate.of(1990, 3, 7), "123");

        assertThat(brokenRuleOf(id)).isEqualTo(IdNumberRule.REGION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"110101", "150101", "210101", "230101", "310101", "370101", "410101", "460101",
        "500101", "540101", "610101", "650101", "510100", "513401"})
    void parse_whenRegionIsAMainlandCode_acceptsIt(String region) {
        validOf(AccountsFixtures.validIdNumber(region, LocalDate.of(1990, 3, 7), "123"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"19900230", "19901301", "19900001", "19900100", "20230229", "19000229", "19901232"})
    void parse_whenBirthDateIsNotACalendarDate_reportsBirthDateRule(String yyyymmdd) {
        String id = withCheckCharacter("510104" + yyyymmdd + "123");

        assertThat(brokenRuleOf(id)).isEqualTo(IdNumberRule.BIRTH_DATE);
    }

    @Test
    void parse_whenBornOnLeapDay_acceptsIt() {
        validOf(withCheckCharacter("510104" + "20000229" + "123"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"18991231", "18000101", "20261129", "20270101", "99991231"})
    void parse_whenBirthDateBefore1900OrAfterToday_reportsBirthDateRangeRule(String yyyymmdd) {
        String id = withCheckCharacter("510104" + yyyymmdd + "123");

        assertThat(brokenRuleOf(id)).isEqualTo(IdNumberRule.BIRTH_DATE_OUT_OF_RANGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19000101", "20261128"})
    void parse_whenBornOnTheFirstOrLastAllowedDay_acceptsIt(String yyyymmdd) {
        validOf(withCheckCharacter("510104" + yyyymmdd + "123"));
    }

    @Test
    void parse_judgesTodayInChengduNotInUtc() {
        // 00:30 on 28 November in Chengdu is still 27 November in UTC.
        Instant justAfterMidnightInChengdu = Instant.parse("2026-11-27T16:30:00Z");
        String bornToday = withCheckCharacter("510104" + "20261128" + "123");

        IdNumberCheck check = IdNumber.parse(bornToday, AccountsFixtures.at(justAfterMidnightInChengdu));

        assertThat(check).isInstanceOf(IdNumberCheck.Valid.class);
    }

    @Test
    void parse_whenCheckCharacterWrong_reportsChecksumRule() {
        String id = AccountsFixtures.CHENGDU_1990.substring(0, 17) + "8";

        assertThat(brokenRuleOf(id)).isEqualTo(IdNumberRule.CHECKSUM);
    }

    @Test
    void parse_whenSeveralRulesBroken_reportsTheFirstInDocumentedOrder() {
        // Taiwan region AND impossible date AND wrong check character.
        assertThat(brokenRuleOf("710101199002301230")).isEqualTo(IdNumberRule.REGION);
        // Impossible date AND wrong check character.
        assertThat(brokenRuleOf("510104199002301230")).isEqualTo(IdNumberRule.BIRTH_DATE);
    }

    @Test
    void masked_showsFirstThreeElevenStarsAndLastFour() {
        IdNumber id = validOf(AccountsFixtures.CHENGDU_1990);

        assertThat(id.masked()).isEqualTo("510***********1237").hasSize(18);
    }

    @Test
    void toString_isMaskedSoTheNumberCannotLeakIntoLogs() {
        IdNumber id = validOf(AccountsFixtures.CHENGDU_1990);

        assertThat(id.toString()).isEqualTo(id.masked()).doesNotContain("19900307");
    }

    @Test
    void constructor_whenARuleIsBroken_throwsNamingTheRuleButNotTheNumber() {
        String wrongCheck = AccountsFixtures.CHENGDU_1990.substring(0, 17) + "8";

        assertThatThrownBy(() -> new IdNumber(wrongCheck))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MOD 11-2")
                .hasMessageNotContaining(wrongCheck);
    }

    @Test
    void constructor_doesNotRejudgeABirthDateAgainstToday_soStoredNumbersStayReadable() {
        String bornIn2099 = withCheckCharacter("510104" + "20990101" + "123");

        assertThat(new IdNumber(bornIn2099).birthDate()).isEqualTo(LocalDate.of(2099, 1, 1));
    }

    @Test
    void everyRule_hasASentenceForTheProblemDetail() {
        for (IdNumberRule rule : IdNumberRule.values()) {
            assertThat(rule.description()).isNotBlank().endsWith(".");
        }
    }
}
