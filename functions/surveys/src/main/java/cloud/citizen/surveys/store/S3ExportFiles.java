package cloud.citizen.surveys.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import cloud.citizen.surveys.service.ExportFiles;

/**
 * Exports as CSV files in the private export bucket. Rows go to a temporary file first (a 100,000
 * response export does not sit in memory) and the file is uploaded once complete, so a key never
 * holds half an export. RFC 4180 (CRLF, quotes doubled inside quoted fields) is written by Jackson's
 * CSV module, on the Jackson the function carries anyway, with its strict check: a field is quoted
 * when it holds a comma, a quote or a line break, as commons-csv (which wrote the exports before)
 * did; unlike commons-csv it leaves a field that starts with a space, '!' or '#' or ends with a
 * space unquoted, which RFC 4180 readers read the same. The file starts with a UTF-8 byte order mark
 * so that spreadsheet programs read Chinese correctly.
 */
public final class S3ExportFiles implements ExportFiles {
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final CsvFactory CSV = new CsvFactory();
    private static final CsvSchema RFC_4180 = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private final Supplier<S3Client> s3;
    private final Supplier<S3Presigner> presigner;
    private final String bucket;

    /** The client and presigner are asked for when an export is first uploaded or linked. */
    public S3ExportFiles(Supplier<S3Client> s3, Supplier<S3Presigner> presigner, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    @Override
    public ExportFile create(String objectKey) {
        try {
            Path file = Files.createTempFile("survey-export-", ".csv");
            BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            writer.write(BYTE_ORDER_MARK);
            CsvGenerator rows = CSV.createGenerator(writer);
            rows.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING); // else every long id or time would be quoted
            rows.setSchema(RFC_4180);
            return new CsvFile(objectKey, file, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public URI downloadLink(String objectKey, Duration validFor) {
        return URI.create(presigner.get().presignGetObject(presign -> presign.signatureDuration(validFor)
                .getObjectRequest(get -> get.bucket(bucket).key(objectKey))).url().toString());
    }

    private final class CsvFile implements ExportFile {
        private final String objectKey;
        private final Path file;
        private final CsvGenerator rows;

        CsvFile(String objectKey, Path file, CsvGenerator rows) {
            this.objectKey = objectKey;
            this.file = file;
            this.rows = rows;
        }

        @Override
        public void row(List<String> cells) {
            try {
                rows.writeStartArray();
                for (String cell : cells) {
                    rows.writeString(cell);
                }
                rows.writeEndArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void publish() {
            try {
                rows.close(); // flushes and closes the file: the upload reads it whole
                s3.get().putObject(put -> put.bucket(bucket).key(objectKey).contentType("text/csv; charset=utf-8")
                        .contentDisposition("attachment; filename=\"" + objectKey.substring(objectKey.lastIndexOf('/') + 1)
                                + "\""), RequestBody.fromFile(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                rows.close();
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
