package cloud.citizen.catalog.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable in-memory snapshot of the whole catalog (a few hundred services), searched per
 * keystroke without touching the database. Services are kept in result order (most used first), so
 * a search is one pass that drops each match into its tier; no sorting per query.
 */
public final class CatalogIndex {
    private static final Comparator<IndexedService> BY_USAGE = Comparator
            .comparing((IndexedService s) -> s.service().usageCount(), Comparator.reverseOrder())
            .thenComparing(s -> s.service().serviceId());

    private final List<Department> departments;
    private final List<District> districts;
    private final List<IndexedService> services;
    private final Map<String, IndexedService> byId = new HashMap<>();

    private CatalogIndex(List<Department> departments, List<District> districts, List<IndexedService> services) {
        this.departments = departments.stream().sorted(Comparator.comparing(Department::departmentId)).toList();
        this.districts = districts.stream().sorted(Comparator.comparing(District::districtId)).toList();
        this.services = services.stream().sorted(BY_USAGE).toList();
        this.services.forEach(s -> byId.put(s.service().serviceId(), s));
    }

    public static CatalogIndex build(List<Department> departments, List<District> districts, List<Service> services,
            ChineseReadings readings) {
        return new CatalogIndex(departments, districts,
                services.stream().map(service -> IndexedService.of(service, readings)).toList());
    }

    /** This snapshot with one service added or replaced (what this instance just wrote). */
    public CatalogIndex with(Service service, ChineseReadings readings) {
        List<IndexedService> next = new ArrayList<>(services.size() + 1);
        services.stream().filter(s -> !s.service().serviceId().equals(service.serviceId())).forEach(next::add);
        next.add(IndexedService.of(service, readings));
        return new CatalogIndex(departments, districts, next);
    }

    public List<Department> departments() {
        return departments;
    }

    public List<District> districts() {
        return districts;
    }

    public int size() {
        return services.size();
    }

    public Optional<Service> find(String serviceId) {
        return Optional.ofNullable(byId.get(serviceId)).map(IndexedService::service);
    }

    public SearchResult search(SearchQuery query, Optional<SearchPosition> after, int limit) {
        List<List<IndexedService>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        boolean latin = query.isLatin();
        for (IndexedService candidate : services) {
            if (!query.admits(candidate.service())) {
                continue;
            }
            int tier = query.text().isEmpty() ? IndexedService.NAME_PREFIX
                    : candidate.tier(query.text().get(), latin);
            if (tier != IndexedService.NO_MATCH) {
                tiers.get(tier).add(candidate);
            }
        }
        return page(tiers, after, limit);
    }

    private static SearchResult page(List<List<IndexedService>> tiers, Optional<SearchPosition> after, int limit) {
        List<Service> items = new ArrayList<>(limit);
        SearchPosition last = null;
        for (int tier = 0; tier < tiers.size(); tier++) {
            for (IndexedService candidate : tiers.get(tier)) {
                SearchPosition position = candidate.position(tier);
                if (after.isPresent() && !position.isAfter(after.get())) {
                    continue;
                }
                if (items.size() == limit) {
                    return new SearchResult(items, Optional.of(last));
                }
                items.add(candidate.service());
                last = position;
            }
        }
        return new SearchResult(items, Optional.empty());
    }
}
