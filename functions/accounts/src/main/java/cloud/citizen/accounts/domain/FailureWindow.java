package cloud.citizen.accounts.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The failed logins of one account counted since {@code start}; what the store keeps per account
 * and updates with a conditional write.
 */
public record FailureWindow(Instant start, int failures) {

    /** An account without recent failures. */
    public static final FailureWindow NONE = new FailureWindow(Instant.EPOCH, 0);

    public FailureWindow {
        Objects.requireNonNull(start, "start");
        if (failures < 0) {
            throw new IllegalArgumentException("failures must not be negative");
        }
    }

    /** The moment this window stops counting (and a lock from it is lifted). */
    public Instant end() {
        return start.plus(LoginLockout.WINDOW);
    }
}
