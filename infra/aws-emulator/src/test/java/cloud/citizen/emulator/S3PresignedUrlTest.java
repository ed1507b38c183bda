package cloud.citizen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/** S3Proxy checks SigV4, so presigned links are tested for real: a valid one works, a tampered one is refused. */
class S3PresignedUrlTest {

    private static EmulatedAws aws;
    private static String bucket;

    @BeforeAll
    static void provision() {
        aws = EmulatedAws.start(EmulatorOptions.inMemory().withKind(EmulatorKind.EMBEDDED));
        bucket = new Provisioner(TestFixtures.fixtureTemplate("events.yaml"), aws, Map.of(), LocalSecrets.inMemory())
                .provision().bucketName("ReportsBucket");
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void presignedPut_uploadsOverPlainHttp() throws Exception {
        URI url = presignPut("uploads/photo.jpg").url().toURI();

        HttpResponse<String> response = put(url, "jpeg bytes");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(aws.s3().getObjectAsBytes(b -> b.bucket(bucket).key("uploads/photo.jpg")).asUtf8String())
                .isEqualTo("jpeg bytes");
    }

    @Test
    void presignedPut_withAnotherKeySwappedIn_isRefused() throws Exception {
        String signed = presignPut("uploads/mine.jpg").url().toString();
        URI tampered = URI.create(signed.replace("uploads/mine.jpg", "uploads/theirs.jpg"));

        HttpResponse<String> response = put(tampered, "sneaky");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("SignatureDoesNotMatch");
    }

    private static PresignedPutObjectRequest presignPut(String key) {
        return aws.s3Presigner().presignPutObject(p -> p.signatureDuration(Duration.ofMinutes(5))
                .putObjectRequest(o -> o.bucket(bucket).key(key).contentType("image/jpeg")));
    }

    /**
     * Each PUT on a connection of its own: S3Proxy refuses a bad signature before reading the body
     * and then drops the connection, which a pooled client could hand to the next request.
     */
    private static HttpResponse<String> put(URI url, String body) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(url).header("Content-Type", "image/jpeg")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
