package cloud.citizen.appointments.service;

import java.util.Optional;

import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/** Hospital departments and vaccination sites. */
public interface ProviderDirectory {

    /** @throws cloud.citizen.appointments.domain.ProviderExistsException when the id is taken */
    void add(Provider provider);

    Optional<Provider> find(String providerId);

    /** Ordered by type, district, id; either filter may be absent. */
    Page<Provider> list(Optional<ProviderType> type, Optional<String> district, PageRequest page);
}
