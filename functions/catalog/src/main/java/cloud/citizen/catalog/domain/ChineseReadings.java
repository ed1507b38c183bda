package cloud.citizen.catalog.domain;

import java.util.List;

/** The pinyin readings (lower case, no tones, ü as v) of one Chinese character; empty for anything else. */
@FunctionalInterface
public interface ChineseReadings {
    List<String> of(char character);
}
