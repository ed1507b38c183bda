package cloud.citizen.accounts.service;

import org.jboss.logging.Logger;

import cloud.citizen.accounts.domain.UnitOwnershipChange;

/** Keeps the citizens' units in step with the votes function's unit-owner-bound / -removed events. */
public class UnitOwnershipUpdates {
    private static final Logger LOG = Logger.getLogger(UnitOwnershipUpdates.class);

    private final OwnedUnitsStore units;

    public UnitOwnershipUpdates(OwnedUnitsStore units) {
        this.units = units;
    }

    public OwnedUnitsStore.Outcome apply(UnitOwnershipChange change) {
        OwnedUnitsStore.Outcome outcome = units.apply(change);
        // ids only: which unit a citizen owns is personal data
        LOG.debugf("Unit ownership event %s: %s", change.eventId(), outcome);
        return outcome;
    }
}
