package cloud.citizen.surveys.service;

import org.jboss.logging.Logger;

import cloud.citizen.surveys.domain.ExportJob;
import cloud.citizen.surveys.domain.ExportJob.ExportStatus;
import cloud.citizen.surveys.domain.ExportRow;
import cloud.citizen.surveys.domain.Survey;
import cloud.citizen.surveys.service.ExportFiles.ExportFile;

/**
 * The export worker's job: every response of the survey, in submission order, to one CSV file,
 * then the job marked ready. Redelivered messages are harmless: a finished job is left alone and
 * a rewritten file replaces the same key. A job that keeps failing is marked failed on its last
 * attempt, so the requester learns it instead of waiting forever.
 */
public final class ExportWriting {
    public static final int MAX_ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(ExportWriting.class);

    private final SurveyCatalog catalog;
    private final ResponseArchive archive;
    private final ExportJobs jobs;
    private final ExportFiles files;

    public ExportWriting(SurveyCatalog catalog, ResponseArchive archive, ExportJobs jobs, ExportFiles files) {
        this.catalog = catalog;
        this.archive = archive;
        this.jobs = jobs;
        this.files = files;
    }

    /** @throws RuntimeException when the attempt failed and another one may succeed */
    public void write(String exportId) {
        ExportJob job = jobs.find(exportId).orElse(null);
        if (job == null || job.status() != ExportStatus.RUNNING) {
            return; // unknown (expired) or already finished: nothing to do
        }
        Survey survey = catalog.find(job.surveyId()).orElse(null);
        if (survey == null) {
            jobs.failed(exportId, "the survey does not exist");
            return;
        }
        int attempt = jobs.startAttempt(exportId);
        try {
            String key = ExportJob.objectKeyFor(survey.surveyId(), exportId);
            long rows = writeFile(survey, key);
            jobs.ready(exportId, key);
            LOG.infof("Export %s of survey %s ready: %d responses", exportId, survey.surveyId(), rows);
        } catch (RuntimeException e) {
            if (attempt >= MAX_ATTEMPTS) {
                LOG.errorf("Export %s failed for good after %d attempts: %s", exportId, attempt,
                        e.getClass().getSimpleName());
                jobs.failed(exportId, "the export could not be written");
                return;
            }
            throw e;
        }
    }

    private long writeFile(Survey survey, String key) {
        try (ExportFile file = files.create(key)) {
            file.row(ExportRow.header(survey));
            long rows = archive.forEach(survey,
                    response -> file.row(ExportRow.of(survey, response.responseId(), response.submittedAt(),
                            response.answers())));
            file.publish();
            return rows;
        }
    }
}
