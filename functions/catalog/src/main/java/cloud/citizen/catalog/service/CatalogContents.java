package cloud.citizen.catalog.service;

import java.util.List;

import cloud.citizen.catalog.domain.Department;
import cloud.citizen.catalog.domain.District;
import cloud.citizen.catalog.domain.Service;

/** Everything the catalog holds, as read in one load. */
public record CatalogContents(List<Department> departments, List<District> districts, List<Service> services) {
}
