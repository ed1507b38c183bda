package cloud.citizen.catalog.domain;

import java.util.Set;

/**
 * The fixed vocabulary of service categories (ids the app filters by). Fixed rather than free
 * text so that one kind of service is never split over spellings.
 */
public final class Categories {
    public static final Set<String> ALL = Set.of("social-security", "housing-fund", "medical", "education",
            "transport", "housing", "utilities", "civil-affairs", "public-security", "tax", "business",
            "employment", "culture-tourism", "community", "environment", "agriculture");

    private Categories() {
    }

    public static boolean isKnown(String category) {
        return ALL.contains(category);
    }
}
