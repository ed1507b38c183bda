package cloud.citizen.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import cloud.citizen.platform.problem.ProblemException;

class PageRequestTest {

    @Test
    void of_withoutLimit_defaultsTo20() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(20, null));
    }

    @Test
    void of_withLimitInRange_keepsIt() {
        assertThat(PageRequest.of("100", "c").limit()).isEqualTo(100);
        assertThat(PageRequest.of("1", "").cursor()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "101", "-1", "abc", "2.5", "" })
    void of_withBadLimit_refusesNamingTheField(String limit) {
        assertThatThrownBy(() -> PageRequest.of(limit, null)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).errors()).extracting("field").containsExactly("limit"));
    }
}
