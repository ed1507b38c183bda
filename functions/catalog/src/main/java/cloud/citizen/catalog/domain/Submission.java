package cloud.citizen.catalog.domain;

import java.time.Instant;
import java.util.Optional;

/** A service proposed by a citizen or an organisation, and what an admin decided about it. */
public record Submission(String submissionId, String submitterId, SubmissionProposal proposal,
        SubmissionStatus status, Optional<String> reason, Optional<String> serviceId, Instant submittedAt,
        Optional<Instant> decidedAt) {

    public static Submission pending(String submissionId, String submitterId, SubmissionProposal proposal,
            Instant submittedAt) {
        return new Submission(submissionId, submitterId, proposal, SubmissionStatus.PENDING, Optional.empty(),
                Optional.empty(), submittedAt, Optional.empty());
    }

    /** The service that approving this submission lists, with the owner the admin chose. */
    public ServiceDraft serviceFor(Decision decision) {
        return new ServiceDraft(proposal.name(), proposal.category(), decision.owner().orElseThrow(),
                decision.online(), decision.keywords());
    }
}
