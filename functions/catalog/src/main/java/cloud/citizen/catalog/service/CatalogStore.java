package cloud.citizen.catalog.service;

import java.util.Optional;

import cloud.citizen.catalog.domain.Service;
import cloud.citizen.catalog.domain.ServiceDraft;

/** Where departments, districts and services are kept. */
public interface CatalogStore {

    /** The whole catalog; a handful of queries, never a scan. */
    CatalogContents loadAll();

    Optional<Service> find(String serviceId);

    /**
     * @throws cloud.citizen.catalog.domain.UnknownOwnerException when its department or district does not exist
     * @throws cloud.citizen.catalog.domain.ServiceExistsException when the id is taken
     */
    void create(Service service);

    /**
     * Replaces what an admin controls; the usage count stays.
     *
     * @throws cloud.citizen.catalog.domain.ServiceNotFoundException when there is no such service
     * @throws cloud.citizen.catalog.domain.UnknownOwnerException when its department or district does not exist
     */
    Service replace(String serviceId, ServiceDraft draft);
}
