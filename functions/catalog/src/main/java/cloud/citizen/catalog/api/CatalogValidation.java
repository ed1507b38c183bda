package cloud.citizen.catalog.api;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cloud.citizen.catalog.api.CatalogRequests.DecisionRequest;
import cloud.citizen.catalog.api.CatalogRequests.ServiceRequest;
import cloud.citizen.catalog.api.CatalogRequests.SubmissionRequest;
import cloud.citizen.catalog.domain.Categories;
import cloud.citizen.catalog.domain.Decision;
import cloud.citizen.catalog.domain.Owner;
import cloud.citizen.catalog.domain.SearchQuery;
import cloud.citizen.catalog.domain.ServiceDraft;
import cloud.citizen.catalog.domain.SubmissionProposal;
import cloud.citizen.platform.validation.Validation;

/** Shapes of the requests: every bad field named at once, before anything is read or written. */
final class CatalogValidation {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    static final int MAX_KEYWORDS = 20;
    /** Built once: every search checks its category, and most send none. */
    private static final String KNOWN_CATEGORY = "must be one of " + Categories.ALL.stream().sorted().toList();

    private CatalogValidation() {
    }

    static SearchQuery query(String q, String category, String department, String district) {
        Validation checks = new Validation().length("q", q, 0, 50);
        category(checks, category);
        id(checks, "department", department);
        id(checks, "district", district);
        checks.throwIfInvalid();
        return SearchQuery.of(q, category, department, district);
    }

    static ServiceDraft service(ServiceRequest request) {
        Validation.requireBody(request);
        Validation checks = new Validation().required("name", request.name()).length("name", request.name(), 1, 100)
                .required("category", request.category()).required("online", request.online());
        category(checks, request.category());
        Optional<Owner> owner = owner(checks, request.departmentId(), request.districtId());
        keywords(checks, request.keywords());
        checks.throwIfInvalid();
        return new ServiceDraft(request.name().strip(), request.category(), owner.orElseThrow(), request.online(),
                keywordsOrNone(request.keywords()));
    }

    static SubmissionProposal proposal(SubmissionRequest request) {
        Validation.requireBody(request);
        Validation checks = new Validation().required("name", request.name()).length("name", request.name(), 1, 100)
                .required("category", request.category())
                .required("description", request.description()).length("description", request.description(), 1, 2000)
                .required("organisation", request.organisation())
                .length("organisation", request.organisation(), 1, 100)
                .required("contact", request.contact()).length("contact", request.contact(), 1, 100);
        category(checks, request.category());
        checks.throwIfInvalid();
        return new SubmissionProposal(request.name().strip(), request.category(), request.description().strip(),
                request.organisation().strip(), request.contact().strip());
    }

    static Decision decision(DecisionRequest request) {
        Validation.requireBody(request);
        Validation checks = new Validation().required("approve", request.approve())
                .length("reason", request.reason(), 1, 500);
        Optional<Owner> owner = Optional.empty();
        if (Boolean.TRUE.equals(request.approve())) {
            owner = owner(checks, request.departmentId(), request.districtId());
            keywords(checks, request.keywords());
        } else if (Boolean.FALSE.equals(request.approve())) {
            checks.required("reason", request.reason()); // a rejection tells the submitter why
        }
        checks.throwIfInvalid();
        return new Decision(request.approve(), Optional.ofNullable(request.reason()).map(String::strip), owner,
                Boolean.TRUE.equals(request.online()), keywordsOrNone(request.keywords()));
    }

    static String serviceId(String serviceId) {
        return pathId("serviceId", serviceId);
    }

    /** An id from the path: ours are short, so anything else is refused before a table is read (its keys are bounded). */
    static String pathId(String field, String value) {
        Validation checks = new Validation();
        id(checks, field, value);
        checks.throwIfInvalid();
        return value;
    }

    private static Optional<Owner> owner(Validation checks, String departmentId, String districtId) {
        if ((departmentId == null) == (districtId == null)) {
            checks.fail("departmentId", "exactly one of departmentId and districtId is required");
            return Optional.empty();
        }
        id(checks, departmentId != null ? "departmentId" : "districtId", departmentId != null ? departmentId : districtId);
        return Optional.of(departmentId != null ? Owner.department(departmentId) : Owner.district(districtId));
    }

    private static void category(Validation checks, String category) {
        checks.check("category", category, Categories::isKnown, KNOWN_CATEGORY);
    }

    private static void id(Validation checks, String field, String id) {
        checks.check(field, id, value -> ID.matcher(value).matches(),
                "must be 1-64 lower-case letters, digits, dots or dashes");
    }

    private static void keywords(Validation checks, List<String> keywords) {
        checks.check("keywords", keywords, list -> list.size() <= MAX_KEYWORDS, "at most " + MAX_KEYWORDS + " keywords");
        checks.check("keywords", keywords, list -> list.stream().allMatch(k -> k != null && !k.isBlank() && k.length() <= 30),
                "each keyword must be 1 to 30 characters");
    }

    private static List<String> keywordsOrNone(List<String> keywords) {
        return keywords == null ? List.of() : keywords.stream().map(String::strip).toList();
    }
}
