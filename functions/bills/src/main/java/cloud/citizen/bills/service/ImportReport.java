package cloud.citizen.bills.service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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

    /** CSV with columns line,reason; one row per reason. */
    public String errorFile() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("line", "reason").get())) {
            for (RowError error : errors) {
                printer.printRecord(error.line(), error.reason());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
