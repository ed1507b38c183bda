package cloud.citizen.stats.service;

import java.time.Instant;
import java.util.Map;

/** Tells the catalog how often each of its services has been used (absolute counts, newest asOf wins). */
public interface CatalogUsageFeed {
    void publish(Map<String, Long> usageCounts, Instant asOf);
}
