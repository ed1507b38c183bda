package cloud.citizen.catalog.domain;

import java.util.Objects;

/** Who provides a service: exactly one city department or one district. */
public record Owner(Kind kind, String id) {

    public enum Kind {
        DEPARTMENT, DISTRICT
    }

    public Owner {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Owner department(String departmentId) {
        return new Owner(Kind.DEPARTMENT, departmentId);
    }

    public static Owner district(String districtId) {
        return new Owner(Kind.DISTRICT, districtId);
    }

    public boolean isDepartment() {
        return kind == Kind.DEPARTMENT;
    }
}
