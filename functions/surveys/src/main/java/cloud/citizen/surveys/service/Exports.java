package cloud.citizen.surveys.service;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.surveys.domain.ExportJob;
import cloud.citizen.surveys.domain.ExportJob.ExportStatus;
import cloud.citizen.surveys.domain.ExportNotFoundException;
import cloud.citizen.surveys.domain.Survey;
import cloud.citizen.surveys.domain.SurveyNotFoundException;

/** Staff ask for a CSV of a survey's responses; the export worker writes it; they fetch a short link. */
public final class Exports {
    public static final Duration LINK_LIFETIME = Duration.ofMinutes(5);

    /** What the requester sees: the job, and a download link once it is ready. */
    public record ExportView(ExportJob job, Optional<URI> downloadUrl) {
    }

    private final SurveyCatalog catalog;
    private final ExportJobs jobs;
    private final ExportFiles files;
    private final Clock clock;

    public Exports(SurveyCatalog catalog, ExportJobs jobs, ExportFiles files, Clock clock) {
        this.catalog = catalog;
        this.jobs = jobs;
        this.files = files;
        this.clock = clock;
    }

    public ExportJob request(Caller caller, String surveyId) {
        Survey survey = catalog.find(surveyId).orElseThrow(SurveyNotFoundException::new);
        SurveyAccess.requireManager(caller, survey);
        String exportId = "x-" + UUID.randomUUID();
        ExportJob job = new ExportJob(exportId, surveyId, caller.userId(), ExportStatus.RUNNING, Optional.empty(),
                clock.instant());
        jobs.request(job);
        return job;
    }

    /** Someone else's export is answered as absent (404), as the API does for all things of others. */
    public ExportView status(Caller caller, String exportId) {
        ExportJob job = jobs.find(exportId)
                .filter(found -> found.requestedBy().equals(caller.userId()) || caller.has(Role.ADMIN))
                .orElseThrow(ExportNotFoundException::new);
        Optional<URI> link = job.status() == ExportStatus.READY
                ? job.objectKey().map(key -> files.downloadLink(key, LINK_LIFETIME))
                : Optional.empty();
        return new ExportView(job, link);
    }
}
