package cloud.citizen.votes.domain;

import java.math.BigDecimal;

/** One row of a roster upload, as sent (validated by RosterRows before anything is written). */
public record UnitRow(String unitId, String building, String number, BigDecimal areaM2, boolean developerHeld) {
}
