package cloud.citizen.bills.service;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import cloud.citizen.bills.domain.BillRow;
import cloud.citizen.bills.domain.HolderName;
import cloud.citizen.bills.domain.ImportedBill;

/**
 * Imports a provider's bill file: streams it row by row, checks each row, and stores the good ones
 * in chunks, several chunks at a time (the store's round trips, not the CPU, are what a big file
 * waits on). Bad rows are reported with their line numbers; re-importing a file changes nothing,
 * because bill ids derive from provider, account and period and existing bills are never changed.
 */
public final class BillImport {
    static final int CHUNK_SIZE = 100;

    private final BillLoader loader;
    private final int parallelism;

    public BillImport(BillLoader loader, int parallelism) {
        this.loader = loader;
        this.parallelism = parallelism;
    }

    /**
     * @param provider the provider whose folder the file was uploaded to: every row must be its own
     *                 (one provider's upload can never create another's bills)
     */
    public ImportReport run(Reader csv, String provider) throws IOException {
        return run(csv, provider, ImportProgress.silent());
    }

    /** As {@link #run(Reader, String)}, saying how far it is as it goes. */
    public ImportReport run(Reader csv, String provider, ImportProgress progress) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        Semaphore inFlight = new Semaphore(parallelism * 2); // bounds memory: the file is never held whole
        try (CsvRows parser = CsvRows.open(withoutByteOrderMark(csv))) {
            List<ImportReport.RowError> errors = new ArrayList<>();
            List<String> missing = BillRow.COLUMNS.stream().filter(c -> !parser.header().contains(c)).toList();
            if (!missing.isEmpty()) {
                errors.add(new ImportReport.RowError(1, "header: missing columns " + String.join(", ", missing)
                        + " (expected " + String.join(",", BillRow.COLUMNS) + ")"));
                return new ImportReport(0, 0, 0, errors);
            }
            Rows seen = new Rows(provider);
            List<Future<ChunkResult>> chunks = new ArrayList<>();
            Chunk chunk = new Chunk();
            int rows = 0;
            for (CsvRows.Row record = parser.next(); record != null; record = parser.next()) {
                rows++;
                progress.rowRead(rows);
                long line = record.line();
                ImportedBill bill = check(record, parser.header(), seen, errors);
                if (bill != null) {
                    chunk.add(bill, line);
                    if (chunk.size() == CHUNK_SIZE) {
                        chunks.add(submit(pool, inFlight, chunk));
                        chunk = new Chunk();
                    }
                }
            }
            if (chunk.size() > 0) {
                chunks.add(submit(pool, inFlight, chunk));
            }
            return collect(rows, chunks, errors);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Spreadsheet programs start UTF-8 files with a BOM, which would otherwise hide the first column's name. */
    private static Reader withoutByteOrderMark(Reader csv) throws IOException {
        PushbackReader reader = new PushbackReader(csv, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    private static ImportedBill check(CsvRows.Row record, List<String> header, Rows seen,
            List<ImportReport.RowError> errors) {
        long line = record.line();
        if (record.values().size() != header.size()) {
            errors.add(new ImportReport.RowError(line, "expected " + header.size() + " columns, found "
                    + record.values().size()));
            return null;
        }
        Map<String, String> columns = record.byColumn(header);
        List<String> reasons = new ArrayList<>();
        if (!seen.provider.equals(columns.get("provider").trim())) {
            reasons.add("provider: must be " + seen.provider + ", the provider whose folder the file is in");
        }
        BillRow.Verdict verdict = BillRow.check(columns);
        if (verdict instanceof BillRow.Rejected rejected) {
            reasons.addAll(rejected.reasons());
        }
        if (!reasons.isEmpty()) {
            errors.add(new ImportReport.RowError(line, String.join("; ", reasons)));
            return null;
        }
        ImportedBill bill = ((BillRow.Accepted) verdict).bill();
        String problem = seen.problemWith(bill, line);
        if (problem != null) {
            errors.add(new ImportReport.RowError(line, problem));
            return null;
        }
        return bill;
    }

    /** What earlier lines of the file said: each bill once, each account with one holder. */
    private static final class Rows {
        final String provider;
        final Map<String, Long> lineOfBill = new HashMap<>();
        final Map<String, Long> lineOfAccount = new HashMap<>();
        final Map<String, HolderName> holderOfAccount = new HashMap<>();

        Rows(String provider) {
            this.provider = provider;
        }

        String problemWith(ImportedBill bill, long line) {
            Long first = lineOfBill.putIfAbsent(bill.billId(), line);
            if (first != null) {
                return "duplicate of line " + first + ": the same provider, account and period";
            }
            HolderName holder = holderOfAccount.putIfAbsent(bill.account().key(), bill.holder());
            if (holder == null) {
                lineOfAccount.put(bill.account().key(), line);
            } else if (!holder.equals(bill.holder())) {
                lineOfBill.remove(bill.billId());
                return "holderName: differs from line " + lineOfAccount.get(bill.account().key())
                        + " for the same account";
            }
            return null;
        }
    }

    private Future<ChunkResult> submit(ExecutorService pool, Semaphore inFlight, Chunk chunk) throws IOException {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("import interrupted", e);
        }
        return pool.submit(() -> {
            try {
                return new ChunkResult(chunk, loader.load(chunk.bills));
            } finally {
                inFlight.release();
            }
        });
    }

    private static ImportReport collect(int rows, List<Future<ChunkResult>> chunks,
            List<ImportReport.RowError> errors) throws IOException {
        int created = 0;
        int unchanged = 0;
        for (Future<ChunkResult> future : chunks) {
            ChunkResult result = result(future);
            for (int i = 0; i < result.outcomes.size(); i++) {
                switch (result.outcomes.get(i)) {
                    case CREATED -> created++;
                    case UNCHANGED -> unchanged++;
                    case CONFLICT -> errors.add(new ImportReport.RowError(result.chunk.lines.get(i),
                            "a different bill for this account and period exists already; imports never change a bill"));
                }
            }
        }
        return new ImportReport(rows, created, unchanged, errors);
    }

    private static ChunkResult result(Future<ChunkResult> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("import interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime; // the store failed: the whole import fails and is retried, which is safe
            }
            throw new IOException(e.getCause());
        }
    }

    private static final class Chunk {
        final List<ImportedBill> bills = new ArrayList<>(CHUNK_SIZE);
        final List<Long> lines = new ArrayList<>(CHUNK_SIZE);

        void add(ImportedBill bill, long line) {
            bills.add(bill);
            lines.add(line);
        }

        int size() {
            return bills.size();
        }
    }

    private record ChunkResult(Chunk chunk, List<BillLoader.Outcome> outcomes) {
    }
}
