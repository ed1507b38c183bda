package cloud.citizen.votes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Art. 278 on its boundaries, in exact integers (areas in hundredths of m²): each threshold
 * exactly met, one hundredth or one owner short, and by area only or by headcount only.
 */
class Art278Test {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // case,                                   area, areaVoted, owners, ownersVoted, quorum
            "both exactly two thirds,                   30000, 20000,    3,      2,           true",
            "area one hundredth short,                  30000, 19999,    3,      2,           false",
            "area one hundredth above,                  30000, 20001,    3,      2,           true",
            "headcount one short of 2/3 (5 of 9 < 6),   90000, 90000,    9,      5,           false",
            "headcount exactly 6 of 9,                  90000, 60000,    9,      6,           true",
            "area met; headcount not,                   10000, 10000,    100,    66,          false",
            "headcount met; area not,                   10000, 6666,     3,      3,           false",
            "area 6667 of 10000 just above 2/3,         10000, 6667,     3,      2,           true",
            "nobody voted,                              10000, 0,        3,      0,           false",
    })
    void quorum_needsTwoThirdsOfAreaAndOfOwners(String name, long area, long areaVoted, long owners, long ownersVoted,
            boolean quorum) {
        assertThat(Art278.quorumMet(new Turnout(owners, ownersVoted, owners, ownersVoted, area, areaVoted))).isEqualTo(quorum);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // case,                                  rule,     inFavourArea, inFavourOwners, areaVoted, ownersVoted, carries
            "ordinary: exactly half the area fails,   ORDINARY, 5000,         3,              10000,     4,           false",
            "ordinary: half plus a hundredth,         ORDINARY, 5001,         3,              10000,     4,           true",
            "ordinary: exactly half the owners fails, ORDINARY, 9000,         2,              10000,     4,           false",
            "ordinary: owners 3 of 5,                 ORDINARY, 5001,         3,              10000,     5,           true",
            "ordinary: area only,                     ORDINARY, 9999,         1,              10000,     5,           false",
            "ordinary: headcount only,                ORDINARY, 100,          4,              10000,     5,           false",
            "major: exactly three quarters carries,   MAJOR,    7500,         3,              10000,     4,           true",
            "major: a hundredth short,                MAJOR,    7499,         3,              10000,     4,           false",
            "major: one owner short (5 of 7 < 5.25),  MAJOR,    9000,         5,              10000,     7,           false",
            "major: 6 of 8 owners exactly 3/4,        MAJOR,    7500,         6,              10000,     8,           true",
            "major: area only,                        MAJOR,    10000,        1,              10000,     4,           false",
            "major: headcount only,                   MAJOR,    100,          4,              10000,     4,           false",
    })
    void carries_comparesInFavourWithThoseWhoVoted(String name, Rule rule, long area, long owners, long areaVoted,
            long ownersVoted, boolean carries) {
        Turnout turnout = new Turnout(100, 0, 100, ownersVoted, 1_000_000, areaVoted);
        assertThat(Art278.carries(rule, area, owners, turnout)).isEqualTo(carries);
    }
}
