package cloud.citizen.votes.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a roster upload row by row and reports every bad row at once (one entry each, all its
 * problems in one message), so staff can fix a file in one go; nothing is written unless all pass.
 */
public final class RosterRows {
    /** Ids are letters, digits and {@code . _ -}, starting with a letter or digit (safe in CSV cells). */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private RosterRows() {
    }

    /** @throws RowsRejectedException listing the bad rows */
    public static List<Unit> check(String communityId, List<UnitRow> rows) {
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            UnitRow row = rows.get(i);
            List<String> problems = problemsOf(row);
            Integer earlier = firstRowOf.putIfAbsent(row.unitId(), i);
            if (earlier != null) {
                problems.add("unitId duplicates row " + earlier);
            }
            if (!problems.isEmpty()) {
                errors.add(new RowError("[" + i + "]", String.join("; ", problems)));
            } else {
                units.add(new Unit(communityId, row.unitId(), row.building().strip(), row.number().strip(),
                        Areas.toCenti(row.areaM2()), row.developerHeld(), java.util.Set.of()));
            }
        }
        if (!errors.isEmpty()) {
            throw new RowsRejectedException(errors);
        }
        return units;
    }

    private static List<String> problemsOf(UnitRow row) {
        List<String> problems = new ArrayList<>();
        if (!ID.matcher(row.unitId()).matches()) {
            problems.add("unitId must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (row.building().isBlank() || row.building().length() > 32) {
            problems.add("building must be 1-32 characters");
        }
        if (row.number().isBlank() || row.number().length() > 32) {
            problems.add("number must be 1-32 characters");
        }
        BigDecimal area = row.areaM2();
        if (area.signum() <= 0) {
            problems.add("areaM2 must be greater than 0");
        } else if (!Areas.hasAtMostTwoDecimals(area)) {
            problems.add("areaM2 may have at most two decimal places");
        } else if (area.compareTo(Areas.MAX_M2) > 0) {
            problems.add("areaM2 must be at most " + Areas.MAX_M2.toPlainString());
        }
        return problems;
    }
}
