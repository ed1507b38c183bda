package cloud.citizen.bills.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HolderNameTest {
    private static final ProviderAccount ACCOUNT = new ProviderAccount("chengdu-water", "W51000001");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "张三明|张 三明",
            "张三明|\u3000张三明\u3000",
            "阿依古丽·买买提|阿依古丽・买买提",
            "阿依古丽·买买提|阿依古丽 · 买买提",
            "John Smith|ＪＯＨＮ  smith",
            "John Smith| john\tsmith ",
    })
    void parse_sameNameWrittenOtherwise_isTheSameName(String provider, String typed) {
        HolderName stored = HolderName.parse(provider).orElseThrow();
        HolderName entered = HolderName.parse(typed).orElseThrow();

        assertThat(entered).isEqualTo(stored);
        assertThat(entered.fingerprint(ACCOUNT)).isEqualTo(stored.fingerprint(ACCOUNT));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "\u0000", "张\u200B三", "\uE000" })
    void parse_textThatCannotBeAName_isEmpty(String text) {
        assertThat(HolderName.parse(text)).isEmpty();
        assertThat(HolderName.problemWith(text)).isPresent();
    }

    @ParameterizedTest
    @CsvSource({ "张三明,张*明", "张三,张*", "李,*", "欧阳娜娜,欧**娜" })
    void masked_keepsFirstAndLastCharacter(String name, String masked) {
        assertThat(HolderName.parse(name).orElseThrow().masked()).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(ints = { 64, 65 })
    void parse_upTo64Characters(int length) {
        assertThat(HolderName.parse("张".repeat(length)).isPresent()).isEqualTo(length <= 64);
    }

    @ParameterizedTest
    @ValueSource(strings = { "W51000002" })
    void fingerprint_isSaltedWithTheAccount_andNeverShowsTheName(String otherAccount) {
        HolderName name = HolderName.parse("张三明").orElseThrow();

        assertThat(name.fingerprint(new ProviderAccount("chengdu-water", otherAccount)))
                .isNotEqualTo(name.fingerprint(ACCOUNT));
        assertThat(name.fingerprint(ACCOUNT)).matches("[0-9a-f]{64}").doesNotContain("张");
        assertThat(name.toString()).doesNotContain("三");
    }
}
