package cloud.citizen.catalog.domain;

/** A city department (e.g. 成都住房公积金管理中心) that provides services. */
public record Department(String departmentId, String name) {
}
