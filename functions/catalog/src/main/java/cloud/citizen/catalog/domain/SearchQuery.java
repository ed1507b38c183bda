package cloud.citizen.catalog.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What a reader looks for: free text {@code q} (Chinese, full pinyin or initials, any case; spaces
 * and apostrophes are ignored, so "Gong Ji'jin" is "gongjijin") and exact filters by id.
 */
public record SearchQuery(Optional<String> text, Optional<String> category, Optional<String> departmentId,
        Optional<String> districtId) {

    public static SearchQuery of(String q, String category, String departmentId, String districtId) {
        return new SearchQuery(normalise(q), Optional.ofNullable(category), Optional.ofNullable(departmentId),
                Optional.ofNullable(districtId));
    }

    public static SearchQuery everything() {
        return new SearchQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static Optional<String> normalise(String q) {
        if (q == null) {
            return Optional.empty();
        }
        String compact = q.toLowerCase(Locale.ROOT).replaceAll("[\\s'’]+", "");
        return compact.isEmpty() ? Optional.empty() : Optional.of(compact);
    }

    /** Pinyin forms only make sense for a query typed in Latin letters and digits. */
    public boolean isLatin() {
        return text.map(t -> t.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))).orElse(false);
    }

    /** Called for every service of the catalog on every search: plain tests, no lambda allocated per service. */
    boolean admits(Service service) {
        if (category.isPresent() && !category.get().equals(service.category())) {
            return false;
        }
        Owner owner = service.owner();
        if (departmentId.isPresent() && !(owner.isDepartment() && owner.id().equals(departmentId.get()))) {
            return false;
        }
        return districtId.isEmpty() || (!owner.isDepartment() && owner.id().equals(districtId.get()));
    }

    /** Identifies the question, so that a cursor of one search is not accepted by another. */
    public String fingerprint() {
        return String.join("\u0000", text.orElse(""), category.orElse(""), departmentId.orElse(""),
                districtId.orElse(""));
    }
}
