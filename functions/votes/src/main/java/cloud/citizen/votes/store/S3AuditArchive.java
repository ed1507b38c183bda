package cloud.citizen.votes.store;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import cloud.citizen.votes.service.AuditArchive;

/** Audit CSVs at {@code audits/{electionId}.csv} in the private audit bucket; links live 5 minutes. */
public final class S3AuditArchive implements AuditArchive {
    static final Duration LINK_LIFETIME = Duration.ofMinutes(5);

    private final Supplier<S3Client> s3;
    private final Supplier<S3Presigner> presigner;
    private final String bucket;

    /** The client and presigner are asked for only when an election closes or its audit is linked. */
    public S3AuditArchive(Supplier<S3Client> s3, Supplier<S3Presigner> presigner, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    @Override
    public void store(String electionId, String csv) {
        s3.get().putObject(p -> p.bucket(bucket).key(key(electionId)).contentType("text/csv; charset=utf-8"),
                RequestBody.fromString(csv, StandardCharsets.UTF_8));
    }

    @Override
    public URL link(String electionId) {
        return presigner.get().presignGetObject(p -> p.signatureDuration(LINK_LIFETIME)
                .getObjectRequest(g -> g.bucket(bucket).key(key(electionId)))).url();
    }

    static String key(String electionId) {
        return "audits/" + electionId + ".csv";
    }
}
