package cloud.citizen.catalog.service;

import cloud.citizen.catalog.domain.UsageCount;

/** The services' usage counts as stats reports them. */
public interface UsageCounts {

    /** Stores the count unless a newer one is stored already; true when it was stored. */
    boolean recordIfNewer(UsageCount count);
}
