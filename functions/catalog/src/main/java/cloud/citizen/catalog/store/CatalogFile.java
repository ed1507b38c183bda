package cloud.citizen.catalog.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.catalog.domain.Department;
import cloud.citizen.catalog.domain.District;
import cloud.citizen.catalog.domain.Owner;
import cloud.citizen.catalog.domain.Service;
import cloud.citizen.catalog.service.CatalogContents;

/**
 * The catalog as a JSON document, the format in which reference data (a city's departments,
 * districts and services) is handed over for loading: {@code {"departments": [{departmentId, name}],
 * "districts": [{districtId, name}], "services": [{serviceId, name, category, departmentId |
 * districtId, online, keywords}]}}, field names as in the API. Usage counts are not part of it.
 */
public final class CatalogFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogFile() {
    }

    public static CatalogContents read(InputStream json) throws IOException {
        JsonNode root = JSON.readTree(json);
        List<Department> departments = new ArrayList<>();
        root.path("departments").forEach(d -> departments.add(new Department(d.path("departmentId").asText(),
                d.path("name").asText())));
        List<District> districts = new ArrayList<>();
        root.path("districts").forEach(d -> districts.add(new District(d.path("districtId").asText(),
                d.path("name").asText())));
        List<Service> services = new ArrayList<>();
        root.path("services").forEach(s -> services.add(service(s)));
        return new CatalogContents(departments, districts, services);
    }

    private static Service service(JsonNode s) {
        Owner owner = s.has("departmentId") ? Owner.department(s.path("departmentId").asText())
                : Owner.district(s.path("districtId").asText());
        List<String> keywords = new ArrayList<>();
        s.path("keywords").forEach(k -> keywords.add(k.asText()));
        return new Service(s.path("serviceId").asText(), s.path("name").asText(), s.path("category").asText(), owner,
                s.path("online").asBoolean(), keywords, 0);
    }
}
