package cloud.citizen.accounts.domain;

import java.time.Instant;

/**
 * What the votes function tells accounts about unit ownership (UnitOwnershipQueue). Standard
 * queues neither keep order nor deliver once, so every change carries its event id (to drop
 * redeliveries) and the time it happened (so an older change never overrides a newer one).
 */
public sealed interface UnitOwnershipChange {

    String eventId();

    String userId();

    String communityId();

    String unitId();

    Instant occurredAt();

    record Bound(String eventId, String userId, OwnedUnit unit, Instant occurredAt) implements UnitOwnershipChange {
        @Override
        public String communityId() {
            return unit.communityId();
        }

        @Override
        public String unitId() {
            return unit.unitId();
        }
    }

    record Removed(String eventId, String userId, String communityId, String unitId, Instant occurredAt)
            implements UnitOwnershipChange {
    }
}
