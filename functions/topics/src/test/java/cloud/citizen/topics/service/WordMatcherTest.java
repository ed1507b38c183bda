package cloud.citizen.topics.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cloud.citizen.topics.domain.FilterVerdict;
import cloud.citizen.topics.domain.TextNormalizer;
import cloud.citizen.topics.domain.WordList;

/** The filter in both directions: tricks are caught, innocent text is left alone. */
class WordMatcherTest {
    private final WordMatcher matcher = new WordMatcher(new WordList(List.of("台独", "赌博", "fuck", "ＳＢ"),
            List.of("拆迁", "维权"), List.of("平台独立", "赌博物馆", "scunthorpe"), Optional.empty()));

    @Test
    void normalize_foldsWidthAndCase_andDropsSpacesPunctuationSymbolsAndZeroWidth() {
        assertThat(TextNormalizer.normalize("Ｆ ｕ．C\u200Bk！ 赌、博😀")).isEqualTo("fuck赌博");
        assertThat(TextNormalizer.normalize("①２３ＡＢＣ")).isEqualTo("123abc");
    }

    @Test
    void bannedWords_areFoundThroughEveryTrick() {
        for (String text : List.of("支持台独", "台 独", "台。独", "台-_-独", "赌\t博", "F U C K", "f*u*c*k", "ＦＵＣＫ",
                "f\u200Buck", "你个sb", "S.B.", "平台独立？台独！")) {
            assertThat(matcher.verdict(text)).as(text).isEqualTo(FilterVerdict.BANNED);
        }
    }

    @Test
    void reviewWords_holdTheText() {
        assertThat(matcher.verdict("关于拆 迁补偿")).isEqualTo(FilterVerdict.REVIEW);
        assertThat(matcher.verdict("维权 和 拆迁")).isEqualTo(FilterVerdict.REVIEW);
        assertThat(matcher.verdict("维权 和 赌博")).isEqualTo(FilterVerdict.BANNED);
    }

    @Test
    void innocentTextContainingPartsOrAllowedPhrases_isClean() {
        for (String text : List.of("这个平台独立运营多年", "周末去赌博物馆", "Scunthorpe is a town", "台湾独立书店", "博彩业与赌场不同",
                "拆除违建后迁移树木", "今天天气很好", "平台，独立", "")) {
            assertThat(matcher.verdict(text)).as(text).isEqualTo(FilterVerdict.CLEAN);
        }
    }

    @Test
    void anEmptyList_passesEverything() {
        assertThat(new WordMatcher(WordList.EMPTY).verdict("赌博")).isEqualTo(FilterVerdict.CLEAN);
    }
}
