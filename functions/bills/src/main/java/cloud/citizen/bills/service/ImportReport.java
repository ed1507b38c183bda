package cloud.citizen.bills.service;

import java.util.Comparator;
import java.util.List;

/** The result of importing one file; {@link #errorFile()} is what the provider gets back for bad rows. */
public record ImportReport(int rows, int created, int unchanged, List<RowError> errors) {

    /** One bad row: its line in the file (1 = the header) and why it was not imported. */
    public record RowError(long line, String reason) {
    }

    public ImportReport {
        errors = errors.stream().sorted(Comparator.comparingLong(RowError::line)).toList();
    }

    public int rejected() {
        return errors.size();
    }

    /** CSV (RFC 4180: CRLF, a field quoted when it holds a comma, quote or line break) with columns line,reason. */
    public String errorFile() {
        StringBuilder out = new StringBuilder("line,reason\r\n");
        for (RowError error : errors) {
            out.append(error.line()).append(',').append(csvField(error.reason())).append("\r\n");
        }
        return out.toString();
    }

    private static String csvField(String value) {
        boolean plain = value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')
                && value.strip().equals(value);
        return plain ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
}
