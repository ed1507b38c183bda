package cloud.citizen.topics.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds the tricks people use to slip a word past a filter, so that words and texts are compared in
 * one canonical form: full-width and other compatibility forms become their plain letters and digits
 * (NFKC: "ＡＢＣ１" is "ABC1"), case is folded, and everything that is not a letter or digit
 * (spaces, punctuation, symbols, emoji, zero-width and combining characters) is dropped, so
 * "赌 博", "赌.博" and "赌*博" all read "赌博".
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
