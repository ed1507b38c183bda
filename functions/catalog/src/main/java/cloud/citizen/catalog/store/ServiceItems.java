package cloud.citizen.catalog.store;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.number;
import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.catalog.domain.Department;
import cloud.citizen.catalog.domain.District;
import cloud.citizen.catalog.domain.Owner;
import cloud.citizen.catalog.domain.Service;
import cloud.citizen.platform.aws.Attributes;

/** Items of {@link CatalogTable}: departments, districts, services. */
final class ServiceItems {
    private ServiceItems() {
    }

    static Map<String, AttributeValue> serviceKey(String serviceId) {
        return Attributes.key(CatalogTable.servicePartition(serviceId), "SERVICE#" + serviceId);
    }

    static Map<String, AttributeValue> ownerKey(Owner owner) {
        return owner.isDepartment() ? Attributes.key(CatalogTable.DEPARTMENTS, "DEPT#" + owner.id())
                : Attributes.key(CatalogTable.DISTRICTS, "DIST#" + owner.id());
    }

    static Map<String, AttributeValue> toItem(Service service) {
        Map<String, AttributeValue> item = new HashMap<>(serviceKey(service.serviceId()));
        item.put("serviceId", s(service.serviceId()));
        item.put("name", s(service.name()));
        item.put("category", s(service.category()));
        item.put(ownerAttribute(service.owner()), s(service.owner().id()));
        item.put("online", AttributeValue.fromBool(service.online()));
        item.put("keywords", keywords(service.keywords()));
        item.put("usageCount", n(service.usageCount()));
        return item;
    }

    static Service fromItem(Map<String, AttributeValue> item) {
        String department = text(item, "departmentId");
        Owner owner = department != null ? Owner.department(department) : Owner.district(text(item, "districtId"));
        List<String> keywords = item.containsKey("keywords")
                ? item.get("keywords").l().stream().map(AttributeValue::s).toList() : List.of();
        return new Service(text(item, "serviceId"), text(item, "name"), text(item, "category"), owner,
                Boolean.TRUE.equals(item.get("online").bool()), keywords, number(item, "usageCount"));
    }

    static String ownerAttribute(Owner owner) {
        return owner.isDepartment() ? "departmentId" : "districtId";
    }

    static AttributeValue keywords(List<String> keywords) {
        return AttributeValue.fromL(keywords.stream().map(Attributes::s).toList());
    }

    static Map<String, AttributeValue> toItem(Department department) {
        Map<String, AttributeValue> item = new HashMap<>(ownerKey(Owner.department(department.departmentId())));
        item.put("departmentId", s(department.departmentId()));
        item.put("name", s(department.name()));
        return item;
    }

    static Map<String, AttributeValue> toItem(District district) {
        Map<String, AttributeValue> item = new HashMap<>(ownerKey(Owner.district(district.districtId())));
        item.put("districtId", s(district.districtId()));
        item.put("name", s(district.name()));
        return item;
    }
}
