package cloud.citizen.catalog.service;

import org.jboss.logging.Logger;

import cloud.citizen.catalog.domain.UsageCount;

/**
 * Takes the absolute usage counts that stats sends. The store keeps the newest by {@code asOf}, so
 * a redelivered or late message changes nothing: no separate eventId dedupe table is needed.
 */
public final class UsageRecording {
    private static final Logger LOG = Logger.getLogger(UsageRecording.class);

    private final UsageCounts counts;

    public UsageRecording(UsageCounts counts) {
        this.counts = counts;
    }

    public boolean record(UsageCount count) {
        boolean stored = counts.recordIfNewer(count);
        if (!stored) {
            LOG.debugf("usage of %s as of %s not stored: older than the stored one, or no such service",
                    count.serviceId(), count.asOf());
        }
        return stored;
    }
}
