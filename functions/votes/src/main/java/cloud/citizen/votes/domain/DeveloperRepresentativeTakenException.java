package cloud.citizen.votes.domain;

import cloud.citizen.platform.problem.Refusal;

/** A developer-held unit gets one account only: the developer's representative. */
public final class DeveloperRepresentativeTakenException extends Refusal {
    public DeveloperRepresentativeTakenException(String detail) {
        super(409, "DEVELOPER_REPRESENTATIVE_TAKEN", detail);
    }
}
