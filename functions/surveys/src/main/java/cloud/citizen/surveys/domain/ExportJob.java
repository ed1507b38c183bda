package cloud.citizen.surveys.domain;

import java.time.Instant;
import java.util.Optional;

/** A CSV export that a staff member asked for; only they and admins may see it. */
public record ExportJob(String exportId, String surveyId, String requestedBy, ExportStatus status,
        Optional<String> objectKey, Instant requestedAt) {

    public enum ExportStatus {
        RUNNING, READY, FAILED;

        public String wireName() {
            return name().toLowerCase();
        }
    }

    public static String objectKeyFor(String surveyId, String exportId) {
        return "exports/" + surveyId + "/" + exportId + ".csv";
    }
}
