package cloud.citizen.catalog.service;

import java.util.List;
import java.util.Optional;

import cloud.citizen.catalog.domain.Department;
import cloud.citizen.catalog.domain.District;
import cloud.citizen.catalog.domain.SearchPosition;
import cloud.citizen.catalog.domain.SearchQuery;
import cloud.citizen.catalog.domain.SearchResult;
import cloud.citizen.catalog.domain.Service;
import cloud.citizen.catalog.domain.ServiceNotFoundException;

/** What readers ask, answered from the instance's copy of the catalog. */
public final class ServiceSearch {
    private final CatalogCache cache;
    private final CatalogStore store;

    public ServiceSearch(CatalogCache cache, CatalogStore store) {
        this.cache = cache;
        this.store = store;
    }

    public SearchResult search(SearchQuery query, Optional<SearchPosition> after, int limit) {
        return cache.current().search(query, after, limit);
    }

    /** From the copy; a service it lacks (created on another instance moments ago) is looked up in the table. */
    public Service find(String serviceId) {
        return cache.current().find(serviceId).or(() -> store.find(serviceId))
                .orElseThrow(() -> new ServiceNotFoundException(serviceId));
    }

    public List<Department> departments() {
        return cache.current().departments();
    }

    public List<District> districts() {
        return cache.current().districts();
    }
}
