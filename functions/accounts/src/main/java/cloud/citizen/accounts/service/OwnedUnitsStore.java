package cloud.citizen.accounts.service;

import java.util.List;

import cloud.citizen.accounts.domain.OwnedUnit;
import cloud.citizen.accounts.domain.UnitOwnershipChange;

/** Port: the units each citizen owns, kept from the votes function's ownership events. */
public interface OwnedUnitsStore {

    /** Applies the change unless it was applied before (same event id) or a newer change of that unit was. */
    Outcome apply(UnitOwnershipChange change);

    /** The citizen's units, in a stable order (community, unit). */
    List<OwnedUnit> unitsOf(String userId);

    enum Outcome {
        APPLIED,
        /** The same event again: a redelivery. */
        DUPLICATE,
        /** A change older than the one the unit already reflects (the queue does not keep order). */
        STALE
    }
}
