package cloud.citizen.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayNameTest {

    private static String valueOf(String raw) {
        Parsed<DisplayName> parsed = DisplayName.parse(raw);
        assertThat(parsed).isInstanceOf(Parsed.Valid.class);
        return ((Parsed.Valid<DisplayName>) parsed).value().value();
    }

    private static String reasonFor(String raw) {
        Parsed<DisplayName> parsed = DisplayName.parse(raw);
        assertThat(parsed).isInstanceOf(Parsed.Invalid.class);
        return ((Parsed.Invalid<DisplayName>) parsed).reason();
    }

    @Test
    void parse_stripsSurroundingWhitespaceIncludingIdeographicSpace() {
        assertThat(valueOf("\u3000 张三 \t")).isEqualTo("张三");
    }

    @Test
    void parse_countsAChineseCharacterAsOne() {
        String thirtyHan = "蓉".repeat(30);

        assertThat(valueOf(thirtyHan)).isEqualTo(thirtyHan);
        assertThat(reasonFor(thirtyHan + "蓉")).contains("at most 30");
    }

    @Test
    void parse_acceptsExactlyOneCharacter() {
        assertThat(valueOf("A")).isEqualTo("A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u3000"})
    void parse_whenEmptyAfterStripping_rejects(String raw) {
        assertThat(reasonFor(raw)).contains("empty");
    }

    @Test
    void parse_whenNull_rejects() {
        assertThat(reasonFor(null)).contains("required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zhang\nSan", "Zhang\u0000San", "Zhang\u007fSan", "Zhang\u2028San",
        "admin\u202Egnahz", "Zhang\u2066San", "Zhang\uD800San"})
    void parse_whenContainingControlOrDirectionCharacters_rejects(String raw) {
        assertThat(reasonFor(raw)).contains("control or text-direction");
    }

    @Test
    void parse_keepsInnerSpacesAndEmoji() {
        assertThat(valueOf("Li Si 🌶")).isEqualTo("Li Si 🌶");
    }

    @Test
    void constructor_rejectsWhatParseWouldHaveStripped() {
        assertThatThrownBy(() -> new DisplayName(" padded ")).isInstanceOf(IllegalArgumentException.class);
    }
}
