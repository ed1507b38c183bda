package cloud.citizen.catalog.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import cloud.citizen.catalog.domain.Department;
import cloud.citizen.catalog.domain.District;
import cloud.citizen.catalog.domain.Service;
import cloud.citizen.catalog.domain.Submission;
import cloud.citizen.platform.pii.Masking;

/** Response bodies, as API.md names their fields. */
final class CatalogResponses {
    private CatalogResponses() {
    }

    /** Exactly one of departmentId and districtId is present. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceResponse(String serviceId, String name, String category, String departmentId, String districtId,
            boolean online, List<String> keywords, long usageCount) {
        static ServiceResponse of(Service service) {
            boolean department = service.owner().isDepartment();
            return new ServiceResponse(service.serviceId(), service.name(), service.category(),
                    department ? service.owner().id() : null, department ? null : service.owner().id(),
                    service.online(), service.keywords(), service.usageCount());
        }
    }

    record DepartmentResponse(String departmentId, String name) {
        static DepartmentResponse of(Department department) {
            return new DepartmentResponse(department.departmentId(), department.name());
        }
    }

    record DistrictResponse(String districtId, String name) {
        static DistrictResponse of(District district) {
            return new DistrictResponse(district.districtId(), district.name());
        }
    }

    /** {@code reason} and {@code serviceId} are null until decided (serviceId only when approved). */
    record SubmissionResponse(String submissionId, String status, String reason, String serviceId, String name,
            String category, String description, String organisation, String contact, String submittedAt,
            String decidedAt) {
        static SubmissionResponse of(Submission submission) {
            var proposal = submission.proposal();
            return new SubmissionResponse(submission.submissionId(), submission.status().name().toLowerCase(),
                    submission.reason().orElse(null), submission.serviceId().orElse(null), proposal.name(),
                    proposal.category(), proposal.description(), proposal.organisation(),
                    maskedIfPhone(proposal.contact()), submission.submittedAt().toString(),
                    submission.decidedAt().map(Object::toString).orElse(null));
        }

        /** Phone numbers are personal data: shown masked, like everywhere else in the API. */
        private static String maskedIfPhone(String contact) {
            return contact.matches("\\+?\\d[\\d -]{6,}\\d") ? Masking.phone(contact.replaceAll("[ -]", "")) : contact;
        }
    }
}
