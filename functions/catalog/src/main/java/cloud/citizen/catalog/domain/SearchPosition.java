package cloud.citizen.catalog.domain;

import java.util.Comparator;

/**
 * Where a page of search results ended, in result order: match tier (name prefix, name, keyword),
 * then usage (most used first), then id. The next page starts strictly after it, so a service
 * added meanwhile never shifts a page by one.
 */
public record SearchPosition(int tier, long usageCount, String serviceId) {
    static final Comparator<SearchPosition> ORDER = Comparator.comparingInt(SearchPosition::tier)
            .thenComparing(SearchPosition::usageCount, Comparator.reverseOrder())
            .thenComparing(SearchPosition::serviceId);

    boolean isAfter(SearchPosition other) {
        return ORDER.compare(this, other) > 0;
    }
}
