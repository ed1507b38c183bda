package cloud.citizen.appointments.service;

import java.util.Optional;

import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/** The public list of providers; admins register new ones. */
public final class Providers {
    private final ProviderDirectory directory;

    public Providers(ProviderDirectory directory) {
        this.directory = directory;
    }

    public Provider register(Provider provider) {
        directory.add(provider);
        return provider;
    }

    public Page<Provider> list(Optional<ProviderType> type, Optional<String> district, PageRequest page) {
        return directory.list(type, district, page);
    }
}
