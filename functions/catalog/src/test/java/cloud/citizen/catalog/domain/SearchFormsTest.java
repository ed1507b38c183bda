package cloud.citizen.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cloud.citizen.catalog.store.Pinyin4jReadings;

class SearchFormsTest {
    private final Pinyin4jReadings readings = new Pinyin4jReadings();

    @Test
    void forms_areTheTextItsFullPinyinAndItsInitials() {
        SearchForms forms = SearchForms.of("公积金提取", readings);
        assertThat(forms.text()).isEqualTo("公积金提取");
        assertThat(forms.fullPinyin()).contains("gongjijintiqu", "gongjijindiqu"); // 提 reads ti or di
        assertThat(forms.initials()).contains("gjjtq", "gjjdq");
    }

    @Test
    void polyphonicCharacters_contributeEveryReading() {
        SearchForms forms = SearchForms.of("重庆银行", readings);
        assertThat(forms.fullPinyin()).contains("chongqingyinhang", "zhongqingyinxing");
        assertThat(forms.initials()).contains("cqyh", "zqyx");
    }

    @Test
    void latinLettersAndDigitsStay_andUmlautIsTypedBothWays() {
        assertThat(SearchForms.of("ETC办理", readings).initials()).contains("etcbl");
        assertThat(SearchForms.of("绿色通道", readings).fullPinyin()).contains("lvsetongdao", "lusetongdao");
        assertThat(SearchForms.of("12345热线", readings).fullPinyin()).contains("12345rexian");
    }

    @Test
    void combinations_areCapped() {
        SearchForms forms = SearchForms.of("行行行行行行行行", readings); // 行 has three readings
        assertThat(forms.fullPinyin()).hasSizeLessThanOrEqualTo(SearchForms.MAX_COMBINATIONS);
        assertThat(forms.fullPinyin()).contains("xingxingxingxingxingxingxingxing");
    }
}
