package cloud.citizen.bills.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cloud.citizen.bills.domain.ImportedBill;

/** The import's row handling against an in-memory loader: line numbers, reasons, duplicates, re-import. */
class BillImportTest {
    private static final String HEADER = "provider,accountNumber,kind,period,amountFen,dueDate,holderName\n";

    /** Behaves like the DynamoDB loader: existing bills are never changed. */
    static final class InMemoryLoader implements BillLoader {
        final Map<String, ImportedBill> bills = new HashMap<>();

        @Override
        public synchronized List<Outcome> load(List<ImportedBill> chunk) {
            List<Outcome> outcomes = new ArrayList<>();
            for (ImportedBill bill : chunk) {
                ImportedBill stored = bills.putIfAbsent(bill.billId(), bill);
                outcomes.add(stored == null ? Outcome.CREATED : stored.equals(bill) ? Outcome.UNCHANGED : Outcome.CONFLICT);
            }
            return outcomes;
        }
    }

    private final InMemoryLoader loader = new InMemoryLoader();
    private final BillImport billImport = new BillImport(loader, 4);

    @Test
    void run_importsGoodRows_andReportsBadOnesWithTheirLines() throws Exception {
        String csv = HEADER
                + "chengdu-water,W1001,water,2026-10,4630,2026-11-25,张三明\n"
                + "chengdu-water,W1002,beer,2026-10,4630,2026-11-25,张三明\n"
                + "\"chengdu-water\",\"G 1\",gas,2026-10,12.5,2026-11-25,张三明\n"
                + "chengdu-water,G1003,gas,2026-10,8900,2026-11-20,张三明\n"
                + "chengdu-water,G1003,gas,2026-10,8900,2026-11-20,张三明\n"
                + "chengdu-water,G1004,gas\n";

        ImportReport report = billImport.run(new StringReader(csv), "chengdu-water");

        assertThat(report.rows()).isEqualTo(6);
        assertThat(report.created()).isEqualTo(2);
        assertThat(loader.bills).hasSize(2);
        assertThat(report.errors()).extracting(ImportReport.RowError::line).containsExactly(3L, 4L, 6L, 7L);
        assertThat(report.errors().get(0).reason()).startsWith("kind:");
        assertThat(report.errors().get(1).reason()).contains("accountNumber:").contains("amountFen:");
        assertThat(report.errors().get(2).reason()).isEqualTo("duplicate of line 5: the same provider, account and period");
        assertThat(report.errors().get(3).reason()).isEqualTo("expected 7 columns, found 3");
        assertThat(report.errorFile()).startsWith("line,reason\r\n3,\"kind: must be one of");
    }

    @Test
    void run_sameFileTwice_changesNothingTheSecondTime() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 450; i++) {
            csv.append("chengdu-water,W").append(10_000 + i).append(",water,2026-10,").append(100 + i).append(",2026-11-25,张三明\n");
        }

        ImportReport first = billImport.run(new StringReader(csv.toString()), "chengdu-water");
        ImportReport second = billImport.run(new StringReader(csv.toString()), "chengdu-water");

        assertThat(first.created()).isEqualTo(450);
        assertThat(second.created()).isZero();
        assertThat(second.unchanged()).isEqualTo(450);
        assertThat(second.errors()).isEmpty();
    }

    @Test
    void run_differentAmountForAnImportedBill_isAConflictAndKeepsTheBill() throws Exception {
        billImport.run(new StringReader(HEADER + "chengdu-water,W1001,water,2026-10,4630,2026-11-25,张三明\n"), "chengdu-water");

        ImportReport report = billImport.run(new StringReader(HEADER + "chengdu-water,W1001,water,2026-10,9999,2026-11-25,张三明\n"), "chengdu-water");

        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.reason()).contains("exists already");
        });
        assertThat(loader.bills.values()).singleElement().extracting(ImportedBill::amountFen).isEqualTo(4630L);
    }

    @Test
    void run_missingColumn_rejectsTheFileAtItsHeader() throws Exception {
        ImportReport report = billImport.run(new StringReader("provider,accountNumber,kind,period,dueDate,holderName\nx,y,z,w,v,u\n"), "x");

        assertThat(report.created()).isZero();
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.reason()).contains("amountFen");
        });
    }

    @Test
    void run_rowsOfAnotherProvider_areBadRows_andNothingOfThemIsLoaded() throws Exception {
        ImportReport report = billImport.run(new StringReader(HEADER
                + "chengdu-water,W1001,water,2026-10,4630,2026-11-25,张三明\n"
                + "chengdu-gas,G1001,gas,2026-10,4630,2026-11-25,张三明\n"), "chengdu-water");

        assertThat(report.created()).isEqualTo(1);
        assertThat(loader.bills.values()).extracting(bill -> bill.account().provider()).containsOnly("chengdu-water");
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.reason()).isEqualTo("provider: must be chengdu-water, the provider whose folder the file is in");
        });
    }

    @Test
    void run_oneAccountWithTwoHolders_rejectsTheLaterRows() throws Exception {
        ImportReport report = billImport.run(new StringReader(HEADER
                + "chengdu-water,W1001,water,2026-09,4630,2026-10-25,张三明\n"
                + "chengdu-water,W1001,water,2026-10,4630,2026-11-25,张 三明\n"
                + "chengdu-water,W1001,water,2026-11,4630,2026-12-25,李四\n"), "chengdu-water");

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(4);
            assertThat(error.reason()).isEqualTo("holderName: differs from line 2 for the same account");
        });
    }

    @Test
    void run_fileWithByteOrderMarkAndQuotedCommas_isRead() throws Exception {
        String csv = "\uFEFF" + HEADER + "\"chengdu-water\",\"W1001\",water,2026-10,4630,2026-11-25,张三明\n"
                + "chengdu-water,\"W,1002\",water,2026-10,4630,2026-11-25,张三明\n";

        ImportReport report = billImport.run(new StringReader(csv), "chengdu-water");

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.errors()).singleElement().extracting(ImportReport.RowError::line).isEqualTo(3L);
    }

    @Test
    void run_withProgress_saysEveryNRowsHowManyRowsAtWhatRateAndTimeLeft() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 450; i++) {
            csv.append("chengdu-water,W").append(20_000 + i).append(",water,2026-10,").append(100 + i).append(",2026-11-25,张演示\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        long[] clock = {0};
        List<String> lines = new ArrayList<>();
        ImportProgress progress = new ImportProgress("imports/water.csv", file.length, 100,
                () -> clock[0] += 1_000_000_000L, lines::add);

        ImportReport report = billImport.run(new InputStreamReader(progress.counting(new ByteArrayInputStream(file)),
                StandardCharsets.UTF_8), "chengdu-water", progress);

        assertThat(report.created()).isEqualTo(450);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("Importing imports/water.csv: 100 rows, 100 rows/s, about ")
                .contains(" s left (");
        assertThat(lines.get(3)).startsWith("Importing imports/water.csv: 400 rows, 100 rows/s, ");
    }

    @Test
    void progress_estimatesTimeLeftFromTheShareOfTheFileRead() throws Exception {
        ImportProgress progress = new ImportProgress("imports/gas.csv", 1_000, 1, () -> 0L, line -> {
        });
        try (InputStream file = progress.counting(new ByteArrayInputStream(new byte[1_000]))) {
            file.readNBytes(250);
        }

        assertThat(progress.line(5_000, 10_000_000_000L))
                .isEqualTo("Importing imports/gas.csv: 5,000 rows, 500 rows/s, about 30 s left (25% of the file read)");
    }
}
