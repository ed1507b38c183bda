package cloud.citizen.accounts.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A residential unit the citizen owns, as the votes function reported it (docs/events.md,
 * {@code unit-owner-bound}). The area is an exact decimal: it weighs votes, so it is never a double.
 */
public record OwnedUnit(String communityId, String unitId, String building, String number, BigDecimal areaM2) {

    public OwnedUnit {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(building, "building");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(areaM2, "areaM2");
        if (areaM2.signum() <= 0) {
            throw new IllegalArgumentException("areaM2 must be positive");
        }
    }
}
