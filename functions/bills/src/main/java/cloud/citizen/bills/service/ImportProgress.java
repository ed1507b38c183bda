package cloud.citizen.bills.service;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Says how far a long import is, every {@code every} rows: rows read, rate, and the time left,
 * estimated from the share of the file's bytes read so far (the row count is not known before the
 * end, the file size is). A 100,000-row import takes tens of seconds; without this it is silent
 * until its summary.
 */
public final class ImportProgress {
    private final String name;
    private final long totalBytes;
    private final int every;
    private final LongSupplier nanoTime;
    private final Consumer<String> log;
    private final long started;
    private long bytesRead;

    public ImportProgress(String name, long totalBytes, int every, LongSupplier nanoTime, Consumer<String> log) {
        this.name = name;
        this.totalBytes = totalBytes;
        this.every = every;
        this.nanoTime = nanoTime;
        this.log = log;
        this.started = nanoTime.getAsLong();
    }

    /** Reports nothing: for imports too small to need it. */
    public static ImportProgress silent() {
        return new ImportProgress("", 0, Integer.MAX_VALUE, System::nanoTime, line -> {
        });
    }

    /** The file's stream, counting the bytes the import reads so that the time left can be estimated. */
    public InputStream counting(InputStream file) {
        return new FilterInputStream(file) {
            @Override
            public int read() throws IOException {
                int read = super.read();
                bytesRead += read < 0 ? 0 : 1;
                return read;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = super.read(buffer, offset, length);
                bytesRead += Math.max(0, read);
                return read;
            }
        };
    }

    /** Called once per row read, from the thread that reads the file. */
    void rowRead(int rows) {
        if (rows % every == 0) {
            log.accept(line(rows, nanoTime.getAsLong() - started));
        }
    }

    String line(int rows, long elapsedNanos) {
        double seconds = Math.max(elapsedNanos, 1) / 1e9;
        double share = totalBytes > 0 ? Math.min(1.0, (double) bytesRead / totalBytes) : 0;
        String left = share > 0 ? String.format(Locale.ROOT, "about %.0f s left (%.0f%% of the file read)",
                seconds * (1 - share) / share, share * 100) : "time left unknown";
        return String.format(Locale.ROOT, "Importing %s: %,d rows, %,.0f rows/s, %s", name, rows, rows / seconds, left);
    }
}
