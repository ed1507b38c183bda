package cloud.citizen.votes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Voting groups per the SPC 2009 interpretation, art. 9. */
class ElectorateTest {

    private static Unit unit(String id, long area, boolean developer, String... owners) {
        return new Unit("c", id, "1", id, area, developer, Set.of(owners));
    }

    @Test
    void eachPlainUnit_isOneOwner_evenWithCoOwners() {
        Electorate e = Electorate.of(List.of(unit("a", 100, false, "x", "y"), unit("b", 200, false, "z")));
        assertThat(e.owners()).isEqualTo(2);
        assertThat(e.groups()).extracting(VotingGroup::unitIds).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void allUnitsOfOneOwner_countAsOne_andAddTheirArea() {
        Electorate e = Electorate.of(List.of(unit("a", 100, false, "x"), unit("b", 250, false, "x"), unit("c", 50, false, "y")));
        assertThat(e.owners()).isEqualTo(2);
        VotingGroup x = e.groups().get(0);
        assertThat(x.unitIds()).containsExactly("a", "b");
        assertThat(x.areaCenti()).isEqualTo(350);
        assertThat(e.areaCenti()).isEqualTo(400);
        assertThat(e.units()).isEqualTo(3);
    }

    @Test
    void developerHeldUnits_countAsOne_whoeverRepresentsThem() {
        Electorate e = Electorate.of(List.of(unit("d1", 100, true, "rep"), unit("d2", 100, true), unit("d3", 100, true),
                unit("p", 100, false, "x")));
        assertThat(e.owners()).isEqualTo(2);
        assertThat(e.groups().get(0).unitIds()).containsExactly("d1", "d2", "d3");
        assertThat(e.groups().get(0).developerHeld()).isTrue();
    }

    @Test
    void sharedOwners_chainUnitsIntoOneGroup() {
        // x owns a and b; y co-owns b and owns c: a, b, c are linked
        Electorate e = Electorate.of(List.of(unit("a", 1, false, "x"), unit("b", 1, false, "x", "y"), unit("c", 1, false, "y"),
                unit("d", 1, false)));
        assertThat(e.owners()).isEqualTo(2);
        assertThat(e.groups().get(0).unitIds()).containsExactly("a", "b", "c");
        assertThat(e.groups().get(0).owners()).containsExactlyInAnyOrder("x", "y");
        assertThat(e.groups().get(1).unitIds()).containsExactly("d");
        assertThat(e.groups().get(1).owners()).isEmpty();
    }
}
