package cloud.citizen.catalog.domain;

import java.time.Instant;

/** An absolute usage count of one service as stats knew it at {@code asOf}; newer replaces older. */
public record UsageCount(String serviceId, long count, Instant asOf) {
}
