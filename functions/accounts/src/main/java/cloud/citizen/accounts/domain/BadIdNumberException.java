package cloud.citizen.accounts.domain;

/** The ID number given for real-name verification breaks a GB 11643 rule; names which one. */
public final class BadIdNumberException extends AccountRefusal {

    private final IdNumberRule brokenRule;

    public BadIdNumberException(IdNumberRule brokenRule) {
        super("BAD_ID_NUMBER", 422, "Bad ID number", brokenRule.description());
        this.brokenRule = brokenRule;
    }

    /** For the problem's {@code errors[]} entry on field {@code idNumber}. */
    public IdNumberRule brokenRule() {
        return brokenRule;
    }
}
