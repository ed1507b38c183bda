package cloud.citizen.accounts.domain;

/** What {@link PasswordPolicy} decided about a new password. */
public sealed interface PasswordVerdict {

    record Accepted() implements PasswordVerdict {
    }

    /** {@code reason} is for the person choosing the password; it never repeats the password. */
    record Rejected(String reason) implements PasswordVerdict {
    }
}
