package cloud.citizen.catalog.store;

import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.catalog.domain.Submission;
import cloud.citizen.catalog.domain.SubmissionProposal;
import cloud.citizen.catalog.domain.SubmissionStatus;
import cloud.citizen.platform.aws.Attributes;

/** SUBMISSION#{id}/SUBMISSION items of {@link CatalogTable}. */
final class SubmissionItems {
    private SubmissionItems() {
    }

    static Map<String, AttributeValue> key(String submissionId) {
        return Attributes.key("SUBMISSION#" + submissionId, "SUBMISSION");
    }

    static AttributeValue status(SubmissionStatus status) {
        return s(status.name().toLowerCase(Locale.ROOT));
    }

    static Map<String, AttributeValue> toItem(Submission submission) {
        Map<String, AttributeValue> item = new HashMap<>(key(submission.submissionId()));
        SubmissionProposal proposal = submission.proposal();
        item.put("submissionId", s(submission.submissionId()));
        item.put("submitterId", s(submission.submitterId()));
        item.put("name", s(proposal.name()));
        item.put("category", s(proposal.category()));
        item.put("description", s(proposal.description()));
        item.put("organisation", s(proposal.organisation()));
        item.put("contact", s(proposal.contact()));
        item.put("status", status(submission.status()));
        item.put("submittedAt", s(submission.submittedAt().toString()));
        return item;
    }

    static Submission fromItem(Map<String, AttributeValue> item) {
        SubmissionProposal proposal = new SubmissionProposal(text(item, "name"), text(item, "category"),
                text(item, "description"), text(item, "organisation"), text(item, "contact"));
        return new Submission(text(item, "submissionId"), text(item, "submitterId"), proposal,
                SubmissionStatus.valueOf(text(item, "status").toUpperCase(Locale.ROOT)),
                Optional.ofNullable(text(item, "reason")), Optional.ofNullable(text(item, "serviceId")),
                Instant.parse(text(item, "submittedAt")),
                Optional.ofNullable(text(item, "decidedAt")).map(Instant::parse));
    }
}
