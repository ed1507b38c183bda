package cloud.citizen.catalog.domain;

import java.util.List;

/**
 * A service with the search forms of its name and keywords, computed once when the catalog is
 * loaded and joined into one string per field (forms separated by a control character no query
 * contains), so that matching a service is a couple of {@code String.contains} calls.
 */
public final class IndexedService {
    static final int NAME_PREFIX = 0;
    static final int NAME = 1;
    static final int KEYWORD = 2;
    static final int NO_MATCH = -1;
    private static final String SEPARATOR = "\u0001";

    private final Service service;
    private final String nameText;
    private final String nameForms;
    private final String keywordText;
    private final String keywordForms;

    private IndexedService(Service service, List<SearchForms> name, List<SearchForms> keywords) {
        this.service = service;
        this.nameText = joined(name, false);
        this.nameForms = joined(name, true);
        this.keywordText = joined(keywords, false);
        this.keywordForms = joined(keywords, true);
    }

    public static IndexedService of(Service service, ChineseReadings readings) {
        return new IndexedService(service, List.of(SearchForms.of(service.name(), readings)),
                service.keywords().stream().map(keyword -> SearchForms.of(keyword, readings)).toList());
    }

    /** "\u0001text\u0001" or, with pinyin, "\u0001text\u0001full…\u0001initials…\u0001". */
    private static String joined(List<SearchForms> forms, boolean withPinyin) {
        StringBuilder joined = new StringBuilder(SEPARATOR);
        for (SearchForms form : forms) {
            joined.append(form.text()).append(SEPARATOR);
            if (withPinyin) {
                form.fullPinyin().forEach(f -> joined.append(f).append(SEPARATOR));
                form.initials().forEach(f -> joined.append(f).append(SEPARATOR));
            }
        }
        return joined.toString();
    }

    public Service service() {
        return service;
    }

    /**
     * How well a normalised query matches (lower is better: name prefix, name, keyword), or
     * {@link #NO_MATCH}. Pinyin forms only take part for queries in Latin letters and digits.
     */
    int tier(String query, boolean latin) {
        String name = latin ? nameForms : nameText;
        if (name.contains(query)) {
            return name.contains(SEPARATOR + query) ? NAME_PREFIX : NAME;
        }
        return (latin ? keywordForms : keywordText).contains(query) ? KEYWORD : NO_MATCH;
    }

    SearchPosition position(int tier) {
        return new SearchPosition(tier, service.usageCount(), service.serviceId());
    }
}
