package cloud.citizen.accounts.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** The ID number given for real-name verification breaks a GB 11643 rule; names which one. */
@ErrorDoc(status = 422, code = "BAD_ID_NUMBER", meaning = "The ID number is not a valid resident ID", hint = "Ask the user to check the 18-character ID number (checksum, birth date).")
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
