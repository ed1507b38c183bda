package cloud.citizen.accounts.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import cloud.citizen.accounts.domain.OwnedUnit;
import cloud.citizen.accounts.domain.UnitOwnershipChange;
import cloud.citizen.accounts.service.OwnedUnitsStore.Outcome;
import cloud.citizen.accounts.testing.AccountsFixtures;
import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.platform.aws.TransactionFailures;

/** Units from ownership events against the emulated table: redeliveries and reordering change nothing. */
class DynamoOwnedUnitsTest {
    private static final Instant T0 = Instant.parse("2026-11-28T01:00:00Z");

    private final DynamoOwnedUnits units = new DynamoOwnedUnits(EmulatedAwsResource.aws().dynamoDb(),
            AccountsFixtures.table(), Clock.systemUTC());

    @Test
    void bound_isListedWithItsExactArea() {
        String userId = AccountsFixtures.newId("u-");
        OwnedUnit unit = unit("c-1", "u-101", "89.50");

        assertThat(units.apply(bound(userId, unit, T0))).isEqualTo(Outcome.APPLIED);

        assertThat(units.unitsOf(userId)).containsExactly(unit);
        assertThat(units.unitsOf(userId).get(0).areaM2().toPlainString()).isEqualTo("89.50");
    }

    @Test
    void sameEventAgain_isADuplicateAndChangesNothing() {
        String userId = AccountsFixtures.newId("u-");
        UnitOwnershipChange change = bound(userId, unit("c-1", "u-1", "60"), T0);
        units.apply(change);

        assertThat(units.apply(change)).isEqualTo(Outcome.DUPLICATE);
        assertThat(units.unitsOf(userId)).hasSize(1);
    }

    @Test
    void removed_dropsTheUnit_andAnOlderBindingArrivingLateDoesNotBringItBack() {
        String userId = AccountsFixtures.newId("u-");
        OwnedUnit unit = unit("c-2", "u-7", "120.25");
        units.apply(bound(userId, unit, T0));

        assertThat(units.apply(removed(userId, unit, T0.plusSeconds(60)))).isEqualTo(Outcome.APPLIED);
        assertThat(units.apply(bound(userId, unit, T0.plusSeconds(30)))).isEqualTo(Outcome.STALE);

        assertThat(units.unitsOf(userId)).isEmpty();
    }

    @Test
    void removalArrivingBeforeItsBinding_leavesTheUnitRemoved() {
        String userId = AccountsFixtures.newId("u-");
        OwnedUnit unit = unit("c-2", "u-8", "70");

        units.apply(removed(userId, unit, T0.plusSeconds(60)));
        units.apply(bound(userId, unit, T0));

        assertThat(units.unitsOf(userId)).isEmpty();
    }

    @Test
    void boundAgainAfterRemoval_isListedAgain() {
        String userId = AccountsFixtures.newId("u-");
        OwnedUnit unit = unit("c-3", "u-9", "45.5");
        units.apply(bound(userId, unit, T0));
        units.apply(removed(userId, unit, T0.plusSeconds(60)));

        units.apply(bound(userId, unit, T0.plusSeconds(120)));

        assertThat(units.unitsOf(userId)).containsExactly(unit);
    }

    @Test
    void unitsOf_listsEveryUnitOfTheCitizenOnly() {
        String userId = AccountsFixtures.newId("u-");
        String neighbour = AccountsFixtures.newId("u-");
        units.apply(bound(userId, unit("c-1", "a", "50"), T0));
        units.apply(bound(userId, unit("c-2", "b", "60"), T0));
        units.apply(bound(neighbour, unit("c-1", "c", "70"), T0));

        assertThat(units.unitsOf(userId)).extracting(OwnedUnit::unitId).containsExactly("a", "b");
    }

    @Test
    void oneEventDeliveredManyTimesAtOnce_isAppliedExactlyOnce() throws Exception {
        String userId = AccountsFixtures.newId("u-");
        UnitOwnershipChange change = bound(userId, unit("c-4", "u-1", "88.88"), T0);

        List<Outcome> outcomes = Concurrently.run(200, 16, i -> applyRetryingConflicts(change));

        assertThat(outcomes).filteredOn(outcome -> outcome == Outcome.APPLIED).hasSize(1);
        assertThat(outcomes).allMatch(outcome -> outcome == Outcome.APPLIED || outcome == Outcome.DUPLICATE);
        assertThat(units.unitsOf(userId)).hasSize(1);
    }

    @Test
    void bindingsAndRemovalsRacing_endAtTheNewestChange() throws Exception {
        String userId = AccountsFixtures.newId("u-");
        OwnedUnit unit = unit("c-5", "u-1", "99");
        // 200 changes of one unit in random arrival order; the newest (i = 199, a binding) wins
        Concurrently.run(200, 16, i -> applyRetryingConflicts(i % 2 == 0
                ? removed(userId, unit, T0.plusSeconds(i))
                : bound(userId, unit, T0.plusSeconds(i))));

        assertThat(units.unitsOf(userId)).containsExactly(unit);
    }

    /** What the queue does for the handler: a change that met a concurrent transaction is delivered again. */
    private Outcome applyRetryingConflicts(UnitOwnershipChange change) {
        while (true) {
            try {
                return units.apply(change);
            } catch (TransactionCanceledException conflict) {
                assertThat(TransactionFailures.conflicted(conflict)).isTrue();
            }
        }
    }

    private static OwnedUnit unit(String communityId, String unitId, String area) {
        return new OwnedUnit(communityId, unitId, "1", "1-" + unitId, new BigDecimal(area));
    }

    private static UnitOwnershipChange bound(String userId, OwnedUnit unit, Instant at) {
        return new UnitOwnershipChange.Bound(AccountsFixtures.newId("e-"), userId, unit, at);
    }

    private static UnitOwnershipChange removed(String userId, OwnedUnit unit, Instant at) {
        return new UnitOwnershipChange.Removed(AccountsFixtures.newId("e-"), userId, unit.communityId(), unit.unitId(), at);
    }
}
