package cloud.citizen.catalog.domain;

import java.util.List;

/** A city service as citizens find it; {@code usageCount} is the latest absolute count from stats. */
public record Service(String serviceId, String name, String category, Owner owner, boolean online,
        List<String> keywords, long usageCount) {

    public Service {
        keywords = List.copyOf(keywords);
    }

    public Service withUsageCount(long count) {
        return new Service(serviceId, name, category, owner, online, keywords, count);
    }
}
