package cloud.citizen.catalog.service;

import java.time.Clock;
import java.time.Instant;

import cloud.citizen.catalog.domain.Decision;
import cloud.citizen.catalog.domain.Service;
import cloud.citizen.catalog.domain.Submission;
import cloud.citizen.catalog.domain.SubmissionNotFoundException;
import cloud.citizen.catalog.domain.SubmissionProposal;

/** Citizens and organisations propose services; an admin decides once; the submitter follows the status. */
public final class ServiceSubmissions {
    private final SubmissionStore submissions;
    private final CatalogCache cache;
    private final RandomIds ids;
    private final Clock clock;

    public ServiceSubmissions(SubmissionStore submissions, CatalogCache cache, RandomIds ids, Clock clock) {
        this.submissions = submissions;
        this.cache = cache;
        this.ids = ids;
        this.clock = clock;
    }

    public Submission submit(String submitterId, SubmissionProposal proposal) {
        Submission submission = Submission.pending(ids.next("sub-"), submitterId, proposal, clock.instant());
        submissions.add(submission);
        return submission;
    }

    /** Its submitter and admins see it; for anyone else it does not exist. */
    public Submission view(String submissionId, String callerId, boolean admin) {
        return submissions.find(submissionId).filter(s -> admin || s.submitterId().equals(callerId))
                .orElseThrow(SubmissionNotFoundException::new);
    }

    public Submission decide(String submissionId, Decision decision) {
        Instant now = clock.instant();
        if (decision.approve()) {
            Submission pending = submissions.find(submissionId).orElseThrow(SubmissionNotFoundException::new);
            Service service = pending.serviceFor(decision).withId(ids.next("svc-"));
            submissions.approve(submissionId, decision.reason(), service, now);
            cache.remember(service);
        } else {
            submissions.reject(submissionId, decision.reason().orElseThrow(), now);
        }
        return submissions.find(submissionId).orElseThrow(SubmissionNotFoundException::new);
    }
}
