package cloud.citizen.catalog.domain;

import java.util.List;
import java.util.Optional;

/** A service with the search forms of its name and keywords, computed once when the catalog is loaded. */
public record IndexedService(Service service, SearchForms name, List<SearchForms> keywords) {
    static final int NAME_PREFIX = 0;
    static final int NAME = 1;
    static final int KEYWORD = 2;

    public static IndexedService of(Service service, ChineseReadings readings) {
        return new IndexedService(service, SearchForms.of(service.name(), readings),
                service.keywords().stream().map(keyword -> SearchForms.of(keyword, readings)).toList());
    }

    /** How well the query matches (lower is better), or empty when it does not. */
    Optional<Integer> tier(String query, boolean latin) {
        if (name.matches(query, latin)) {
            return Optional.of(startsWith(query, latin) ? NAME_PREFIX : NAME);
        }
        for (SearchForms keyword : keywords) {
            if (keyword.matches(query, latin)) {
                return Optional.of(KEYWORD);
            }
        }
        return Optional.empty();
    }

    private boolean startsWith(String query, boolean latin) {
        if (name.text().startsWith(query)) {
            return true;
        }
        return latin && (name.fullPinyin().stream().anyMatch(form -> form.startsWith(query))
                || name.initials().stream().anyMatch(form -> form.startsWith(query)));
    }

    SearchPosition position(int tier) {
        return new SearchPosition(tier, service.usageCount(), service.serviceId());
    }
}
