package cloud.citizen.catalog.domain;

import java.util.List;

/**
 * A service with the search forms of its name and keywords, joined into one string per field
 * (forms separated by a control character no query contains), so that matching a service is a
 * couple of {@code String.contains} calls. The pinyin forms are made when the first Latin query
 * needs them, not when the catalog is loaded: pinyin4j reads its two readings files (~540 KB) into
 * a trie on first use, which a cold instance's listing or Chinese query should not wait for.
 */
public final class IndexedService {
    static final int NAME_PREFIX = 0;
    static final int NAME = 1;
    static final int KEYWORD = 2;
    static final int NO_MATCH = -1;
    private static final String SEPARATOR = "\u0001";

    private final Service service;
    private final ChineseReadings readings;
    private final String nameText;
    private final String keywordText;
    /** Made once by the first Latin query; a race makes the same forms twice, which is harmless. */
    private volatile PinyinForms pinyin;

    private record PinyinForms(String name, String keywords) {
    }

    private IndexedService(Service service, ChineseReadings readings) {
        this.service = service;
        this.readings = readings;
        this.nameText = joined(List.of(SearchForms.textOf(service.name())), false);
        this.keywordText = joined(service.keywords().stream().map(SearchForms::textOf).toList(), false);
    }

    public static IndexedService of(Service service, ChineseReadings readings) {
        return new IndexedService(service, readings);
    }

    private PinyinForms pinyin() {
        PinyinForms forms = pinyin;
        if (forms == null) {
            forms = new PinyinForms(joined(List.of(SearchForms.of(service.name(), readings)), true),
                    joined(service.keywords().stream().map(keyword -> SearchForms.of(keyword, readings)).toList(), true));
            pinyin = forms;
        }
        return forms;
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
        String name = latin ? pinyin().name() : nameText;
        if (name.contains(query)) {
            return name.contains(SEPARATOR + query) ? NAME_PREFIX : NAME;
        }
        return (latin ? pinyin().keywords() : keywordText).contains(query) ? KEYWORD : NO_MATCH;
    }

    SearchPosition position(int tier) {
        return new SearchPosition(tier, service.usageCount(), service.serviceId());
    }
}
