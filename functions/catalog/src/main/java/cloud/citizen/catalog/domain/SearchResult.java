package cloud.citizen.catalog.domain;

import java.util.List;
import java.util.Optional;

/** One page of matching services and, when more follow, the position to continue after. */
public record SearchResult(List<Service> items, Optional<SearchPosition> next) {
}
