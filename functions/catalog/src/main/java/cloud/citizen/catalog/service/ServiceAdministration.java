package cloud.citizen.catalog.service;

import cloud.citizen.catalog.domain.Service;
import cloud.citizen.catalog.domain.ServiceDraft;

/** Admins list new services and replace existing ones. */
public final class ServiceAdministration {
    private final CatalogStore store;
    private final CatalogCache cache;
    private final RandomIds ids;

    public ServiceAdministration(CatalogStore store, CatalogCache cache, RandomIds ids) {
        this.store = store;
        this.cache = cache;
        this.ids = ids;
    }

    public Service create(ServiceDraft draft) {
        Service service = draft.withId(ids.next("svc-"));
        store.create(service);
        cache.remember(service);
        return service;
    }

    public Service replace(String serviceId, ServiceDraft draft) {
        Service service = store.replace(serviceId, draft);
        cache.remember(service);
        return service;
    }
}
