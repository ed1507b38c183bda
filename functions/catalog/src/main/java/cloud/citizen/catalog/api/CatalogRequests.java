package cloud.citizen.catalog.api;

import java.util.List;

/** Request bodies; every field nullable, so that a missing one is named in a 400 rather than lost in a parse error. */
final class CatalogRequests {
    private CatalogRequests() {
    }

    record ServiceRequest(String name, String category, String departmentId, String districtId, Boolean online,
            List<String> keywords) {
    }

    record SubmissionRequest(String name, String category, String description, String organisation, String contact) {
    }

    /** {@code online} and {@code keywords} of the listed service may be set when approving (default: offline, no keywords). */
    record DecisionRequest(Boolean approve, String reason, String departmentId, String districtId, Boolean online,
            List<String> keywords) {
    }
}
