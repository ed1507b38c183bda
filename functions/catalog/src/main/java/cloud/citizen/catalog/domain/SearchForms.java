package cloud.citizen.catalog.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The forms of one text that a query may match as a substring: the text itself (lower case), its
 * full pinyin and its pinyin initials, e.g. 公积金提取 -> "gongjijintiqu", "gjjtq". A polyphonic
 * character contributes every reading (提: ti, di, shi), so the forms are the combinations of
 * readings, capped at {@value #MAX_COMBINATIONS} per text (service names are short: in the seeded
 * catalog no name comes near the cap). Letters and digits stay as they are (ETC -> "etc").
 */
public record SearchForms(String text, List<String> fullPinyin, List<String> initials) {
    static final int MAX_COMBINATIONS = 64;

    public static SearchForms of(String text, ChineseReadings readings) {
        List<String> full = List.of("");
        List<String> initials = List.of("");
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            List<String> syllables = readings.of(c);
            if (!syllables.isEmpty()) {
                full = extend(full, syllables, false);
                initials = extend(initials, syllables, true);
            } else if (Character.isLetterOrDigit(c)) {
                full = extend(full, List.of(String.valueOf(c)), false);
                initials = extend(initials, List.of(String.valueOf(c)), false);
            }
        }
        return new SearchForms(text.toLowerCase(Locale.ROOT), full, initials);
    }

    /** The text alone, without readings (what a query in Chinese is matched against). */
    public static SearchForms textOf(String text) {
        return new SearchForms(text.toLowerCase(Locale.ROOT), List.of(), List.of());
    }

    private static List<String> extend(List<String> prefixes, List<String> syllables, boolean initialOnly) {
        Set<String> next = new LinkedHashSet<>();
        for (String prefix : prefixes) {
            for (String syllable : syllables) {
                if (next.size() == MAX_COMBINATIONS) {
                    return new ArrayList<>(next);
                }
                next.add(prefix + (initialOnly ? syllable.substring(0, 1) : syllable));
            }
        }
        return new ArrayList<>(next);
    }
}
