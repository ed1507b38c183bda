package cloud.citizen.bills.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;

import cloud.citizen.bills.BillsComponents;
import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.bills.service.BillImport;
import cloud.citizen.bills.service.ImportProgress;
import cloud.citizen.bills.service.ImportReport;
import cloud.citizen.platform.metrics.BusinessMetrics;

/**
 * Imports a utility provider's bill file when it lands in the import bucket under
 * {@code imports/{provider}/}: the folder names the provider, and each provider's uploader may
 * write to its own folder only (template.yaml), so every row must be that provider's. A file
 * anywhere else in {@code imports/} is refused whole and the refusal reported next to it. Bad
 * rows go to {@code <name>.csv.errors} next to the upload (line, reason; CSV content, but a name
 * that does not end in .csv so that it cannot trigger the import again); a clean import removes
 * an error file left by an earlier upload of the same name. Errors reading the file or storing
 * bills fail the invocation so that Lambda retries it, which is safe: imports are idempotent.
 * A plain method called by name from template.yaml, not a {@code RequestHandler}: see the platform's
 * {@code OutboxSweepHandler} for why.
 */
public class BillImportHandler {
    static final String ERRORS_SUFFIX = ".errors";
    static final String IMPORTS = "imports/";
    /** A progress line every 10,000 rows: every few seconds of a big import. */
    static final int PROGRESS_EVERY = 10_000;
    private static final Logger LOG = Logger.getLogger(BillImportHandler.class);

    private final S3Client s3;
    private final BillImport billImport;

    public BillImportHandler() {
        this(BillsComponents.fromEnvironment());
    }

    public BillImportHandler(BillsComponents components) {
        this.s3 = components.s3();
        this.billImport = components.billImport();
    }

    public List<Map<String, Object>> handleRequest(S3Event event, Context context) {
        List<Map<String, Object>> summaries = new ArrayList<>();
        for (S3EventNotificationRecord record : event.getRecords()) {
            String bucket = record.getS3().getBucket().getName();
            String key = record.getS3().getObject().getUrlDecodedKey();
            if (key.endsWith(ERRORS_SUFFIX)) {
                continue; // our own report, should the trigger's filter ever match it
            }
            if (!key.startsWith(IMPORTS)) {
                // the trigger's filter admits imports/ only, and the function may write nowhere else
                LOG.warnf("Ignored %s: bill files are imported from %s{provider}/ only", key, IMPORTS);
                continue;
            }
            summaries.add(importFile(bucket, key));
        }
        return summaries;
    }

    private Map<String, Object> importFile(String bucket, String key) {
        long started = System.nanoTime();
        Optional<String> provider = providerOf(key);
        ImportReport report = provider.isPresent() ? importAs(provider.get(), bucket, key)
                : new ImportReport(0, 0, 0, List.of(new ImportReport.RowError(0, "the file must be uploaded to "
                        + IMPORTS + "{provider}/, the folder of the provider whose bills it holds; nothing imported")));
        String errorsKey = errorsKeyFor(key);
        if (report.rejected() > 0) {
            s3.putObject(put -> put.bucket(bucket).key(errorsKey).contentType("text/csv; charset=utf-8"),
                    RequestBody.fromString(report.errorFile(), StandardCharsets.UTF_8));
        } else {
            s3.deleteObject(delete -> delete.bucket(bucket).key(errorsKey));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("Imported %s: %d rows, %d new, %d unchanged, %d rejected in %d ms", key, report.rows(),
                report.created(), report.unchanged(), report.rejected(), millis);
        BusinessMetrics.count(Map.of("ImportRows", (long) report.rows(), "ImportRowsRejected", (long) report.rejected()));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("key", key);
        summary.put("rows", report.rows());
        summary.put("created", report.created());
        summary.put("unchanged", report.unchanged());
        summary.put("rejected", report.rejected());
        summary.put("errorsKey", report.rejected() > 0 ? errorsKey : null);
        summary.put("millis", millis);
        return summary;
    }

    private ImportReport importAs(String provider, String bucket, String key) {
        Path copy = null;
        try {
            copy = download(bucket, key);
            ImportProgress progress = new ImportProgress(key, Files.size(copy), PROGRESS_EVERY, System::nanoTime,
                    LOG::info);
            try (Reader csv = new BufferedReader(new InputStreamReader(progress.counting(Files.newInputStream(copy)),
                    StandardCharsets.UTF_8.newDecoder()))) {
                return billImport.run(csv, provider, progress);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + key, e);
        } finally {
            deleteQuietly(copy);
        }
    }

    /** {@code imports/chengdu-water/2026-10.csv} -> chengdu-water; empty for a key outside a provider's folder. */
    static Optional<String> providerOf(String key) {
        if (!key.startsWith(IMPORTS)) {
            return Optional.empty();
        }
        int slash = key.indexOf('/', IMPORTS.length());
        return slash < 0 ? Optional.empty()
                : Optional.of(key.substring(IMPORTS.length(), slash)).filter(ProviderAccount::isProviderId);
    }

    /**
     * The file is copied to /tmp before parsing: storing 100,000 rows takes minutes, and an S3
     * stream held open that long was seen to end early without an error, which would have
     * imported part of a file as if it were all of it. The size is checked against S3's.
     */
    private Path download(String bucket, String key) throws IOException {
        Path copy = Files.createTempFile("bill-import", ".csv");
        Files.delete(copy); // the SDK refuses to overwrite
        GetObjectResponse object = s3.getObject(get -> get.bucket(bucket).key(key), ResponseTransformer.toFile(copy));
        long size = Files.size(copy);
        if (object.contentLength() != null && object.contentLength() != size) {
            throw new IOException("downloaded " + size + " of " + object.contentLength() + " bytes");
        }
        return copy;
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // /tmp is cleared with the execution environment anyway
        }
    }

    /** {@code imports/water-2026-10.csv} -> {@code imports/water-2026-10.csv.errors}. */
    static String errorsKeyFor(String key) {
        return key + ERRORS_SUFFIX;
    }
}
