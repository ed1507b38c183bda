package cloud.citizen.accounts.domain;

import cloud.citizen.platform.problem.Refusal;

/** The ID number given for real-name verification breaks a GB 11643 rule; names which one. */
public final class BadIdNumberException extends Refusal {

    private final IdNumberRule brokenRule;

    public BadIdNumberException(IdNumberRule brokenRule) {
        super(422, "BAD_ID_NUMBER", "Bad ID number", brokenRule.description());
        this.brokenRule = brokenRule;
    }

    /** For the problem's {@code errors[]} entry on field {@code idNumber}. */
    public IdNumberRule brokenRule() {
        return brokenRule;
    }
}
