package cloud.citizen.surveys.domain;

import cloud.citizen.platform.problem.Refusal;

/** You do not serve the community of this survey. */
public class NotYourCommunityException extends Refusal {
    public NotYourCommunityException() {
        super(403, "FORBIDDEN", "You do not serve the community of this survey.");
    }
}
