package cloud.citizen.surveys.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** You do not serve the community of this survey. */
@ErrorDoc(status = 403, code = "FORBIDDEN", meaning = "Staff of another community", hint = "Hide the action for this user; do not retry.")
public class NotYourCommunityException extends Refusal {
    public NotYourCommunityException() {
        super(403, "FORBIDDEN", "You do not serve the community of this survey.");
    }
}
