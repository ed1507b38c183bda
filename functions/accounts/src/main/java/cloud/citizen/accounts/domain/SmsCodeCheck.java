package cloud.citizen.accounts.domain;

/**
 * What became of one guess at an SMS code. A guess is compared only after it has taken one of the
 * code's {@value SmsCodePolicy#MAX_WRONG_ATTEMPTS} attempts, so at most that many guesses are ever
 * compared, however many arrive at once.
 */
public enum SmsCodeCheck {
    /** It took an attempt, matched, and used the code up. */
    ACCEPTED,
    /** It took an attempt and did not match (or a concurrent right guess used the code first). */
    WRONG,
    /** Not compared: no live code, or its attempts are all taken. */
    NOT_CHECKED;

    public boolean accepted() {
        return this == ACCEPTED;
    }
}
