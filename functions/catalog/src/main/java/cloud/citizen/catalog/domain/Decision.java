package cloud.citizen.catalog.domain;

import java.util.List;
import java.util.Optional;

/**
 * An admin's decision on a submission. Approving lists the service under {@code owner} (required
 * then); rejecting keeps {@code reason} for the submitter to read.
 */
public record Decision(boolean approve, Optional<String> reason, Optional<Owner> owner, boolean online,
        List<String> keywords) {

    public Decision {
        keywords = List.copyOf(keywords);
        if (approve && owner.isEmpty()) {
            throw new IllegalArgumentException("an approval names the department or district");
        }
    }
}
