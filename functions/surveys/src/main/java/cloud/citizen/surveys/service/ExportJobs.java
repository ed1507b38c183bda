package cloud.citizen.surveys.service;

import java.util.Optional;

import cloud.citizen.surveys.domain.ExportJob;

/** Export requests and their state. */
public interface ExportJobs {

    /** Stores the job (running) and its message to the export worker in one transaction. */
    void request(ExportJob job);

    Optional<ExportJob> find(String exportId);

    /** Counts a delivery of the job to the worker; returns the attempt number (1 for the first). */
    int startAttempt(String exportId);

    void ready(String exportId, String objectKey);

    void failed(String exportId, String reason);
}
