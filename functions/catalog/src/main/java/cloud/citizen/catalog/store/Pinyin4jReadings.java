package cloud.citizen.catalog.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

import cloud.citizen.catalog.domain.ChineseReadings;

/**
 * Readings from pinyin4j's table (every reading of a polyphonic character, tones dropped). ü is
 * given both ways people type it: "lv" (the IME habit) and "lu". Memoised per character: a catalog
 * load asks for the same few hundred characters thousands of times.
 */
public final class Pinyin4jReadings implements ChineseReadings {
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private final Map<Character, List<String>> known = new ConcurrentHashMap<>();

    @Override
    public List<String> of(char character) {
        return known.computeIfAbsent(character, Pinyin4jReadings::lookUp);
    }

    private static List<String> lookUp(char character) {
        String[] readings;
        try {
            readings = PinyinHelper.toHanyuPinyinStringArray(character, FORMAT);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e); // the format above is a valid combination
        }
        if (readings == null) {
            return List.of();
        }
        List<String> distinct = new ArrayList<>();
        for (String reading : readings) {
            add(distinct, reading);
            if (reading.contains("v")) {
                add(distinct, reading.replace('v', 'u'));
            }
        }
        return List.copyOf(distinct);
    }

    private static void add(List<String> readings, String reading) {
        if (!reading.isEmpty() && !readings.contains(reading)) {
            readings.add(reading);
        }
    }
}
