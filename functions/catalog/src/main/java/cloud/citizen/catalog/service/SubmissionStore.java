package cloud.citizen.catalog.service;

import java.time.Instant;
import java.util.Optional;

import cloud.citizen.catalog.domain.Service;
import cloud.citizen.catalog.domain.Submission;

/** Service submissions and their one decision. */
public interface SubmissionStore {

    void add(Submission submission);

    Optional<Submission> find(String submissionId);

    /**
     * Records the rejection, only while the submission is pending.
     *
     * @throws cloud.citizen.catalog.domain.AlreadyDecidedException when it was decided before
     * @throws cloud.citizen.catalog.domain.SubmissionNotFoundException when it does not exist
     */
    void reject(String submissionId, String reason, Instant decidedAt);

    /**
     * Records the approval and lists the service in one transaction, only while the submission is pending.
     *
     * @throws cloud.citizen.catalog.domain.AlreadyDecidedException when it was decided before
     * @throws cloud.citizen.catalog.domain.SubmissionNotFoundException when it does not exist
     * @throws cloud.citizen.catalog.domain.UnknownOwnerException when the chosen department or district does not exist
     */
    void approve(String submissionId, Optional<String> reason, Service service, Instant decidedAt);
}
