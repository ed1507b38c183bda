package cloud.citizen.catalog.domain;

import java.util.List;

/** What an admin (or an approved submission) says a service is; the catalog adds id and usage. */
public record ServiceDraft(String name, String category, Owner owner, boolean online, List<String> keywords) {

    public ServiceDraft {
        keywords = List.copyOf(keywords);
    }

    public Service withId(String serviceId) {
        return new Service(serviceId, name, category, owner, online, keywords, 0);
    }
}
