package cloud.citizen.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

class StrictJsonTest {
    record Note(String text, List<String> tags) {
    }

    private final ObjectMapper mapper = strictMapper();

    @Test
    void read_unpairedSurrogateInAField_isRefusedNamingTheField() {
        assertThatThrownBy(() -> mapper.readValue("{\"text\":\"a\\ud800b\",\"tags\":[]}", Note.class))
                .isInstanceOf(InvalidFormatException.class)
                .satisfies(e -> assertThat(((InvalidFormatException) e).getPath().get(0).getFieldName()).isEqualTo("text"));
    }

    @Test
    void read_loneLowSurrogateInAListOrMapValue_isRefused() {
        assertThatThrownBy(() -> mapper.readValue("{\"text\":\"ok\",\"tags\":[\"\\udc00\"]}", Note.class))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"k\":\"\\ud83d\"}", new TypeReference<Map<String, String>>() {
        })).isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void read_pairedSurrogatesAndChinese_areKept() throws Exception {
        Note note = mapper.readValue("{\"text\":\"成都 \\ud83d\\ude00\",\"tags\":[\"😀\"]}", Note.class);
        assertThat(note.text()).isEqualTo("成都 😀");
        assertThat(note.tags()).containsExactly("😀");
    }

    @Test
    void isWellFormed_judgesEveryPosition() {
        assertThat(WellFormedText.isWellFormed("")).isTrue();
        assertThat(WellFormedText.isWellFormed("a😀b")).isTrue();
        assertThat(WellFormedText.isWellFormed("\ud83d")).isFalse();
        assertThat(WellFormedText.isWellFormed("x\ude00")).isFalse();
        assertThat(WellFormedText.isWellFormed("\ude00\ud83d")).isFalse();
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }
}
