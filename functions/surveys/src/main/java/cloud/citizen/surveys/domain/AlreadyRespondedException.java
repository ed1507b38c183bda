package cloud.citizen.surveys.domain;

import cloud.citizen.platform.problem.Refusal;

/** You have already answered this survey. */
public class AlreadyRespondedException extends Refusal {
    public AlreadyRespondedException() {
        super(409, "ALREADY_RESPONDED", "You have already answered this survey.");
    }
}
