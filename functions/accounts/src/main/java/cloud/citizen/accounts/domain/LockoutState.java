package cloud.citizen.accounts.domain;

/** Whether an account currently accepts login attempts. */
public sealed interface LockoutState {

    record Open() implements LockoutState {
    }

    /** {@code retryAfterSeconds} is at least 1 and is what goes into the Retry-After header. */
    record Locked(long retryAfterSeconds) implements LockoutState {
    }
}
