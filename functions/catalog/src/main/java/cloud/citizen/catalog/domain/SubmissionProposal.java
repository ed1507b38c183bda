package cloud.citizen.catalog.domain;

/** The service as its submitter describes it. */
public record SubmissionProposal(String name, String category, String description, String organisation,
        String contact) {
}
