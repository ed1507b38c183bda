package cloud.citizen.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ColdStartsTest {

    @Test
    void pairedRatio_isTheMedianOfEachStartOverItsReference() {
        // the load doubled during the run: both starts of a pair moved together
        ColdStarts starts = new ColdStarts(List.of(1200L, 2400L, 1500L), List.of(1000L, 2000L, 1000L));

        assertThat(starts.medianPairedRatio()).hasValue(1.2);
        assertThat(starts.median()).isEqualTo(1500L);
        assertThat(starts.min()).isEqualTo(1200L);
    }

    @Test
    void evenNumberOfPairs_averagesTheTwoMiddleRatios() {
        ColdStarts starts = new ColdStarts(List.of(1000L, 1100L, 1300L, 2000L), List.of(1000L, 1000L, 1000L, 1000L));

        assertThat(starts.medianPairedRatio().getAsDouble()).isCloseTo(1.2, Offset.offset(1e-9));
    }

    @Test
    void withoutReferenceStarts_thereIsNoPairedRatio() {
        assertThat(new ColdStarts(List.of(1000L), List.of()).medianPairedRatio()).isEmpty();
        assertThat(ColdStarts.NONE.paired()).isFalse();
    }
}
