package cloud.citizen.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LambdaCpuShareTest {

    @Test
    void quota_isMemorySizeOver1769MbOfOneVcpuPerPeriod() {
        assertThat(LambdaCpuShare.quotaMicros(1769, 100_000)).isEqualTo(100_000);
        assertThat(LambdaCpuShare.quotaMicros(512, 100_000)).isEqualTo(28_943); // 0.289 vCPU
        assertThat(LambdaCpuShare.quotaMicros(256, 100_000)).isEqualTo(14_471); // half of 512's
        assertThat(LambdaCpuShare.quotaMicros(1024, 100_000)).isEqualTo(57_886);
        assertThat(LambdaCpuShare.quotaMicros(10_240, 100_000)).isEqualTo(578_858); // 5.79 vCPUs over several cores
    }

    @Test
    void quota_neverFallsUnderTheKernelsOneMillisecond() {
        assertThat(LambdaCpuShare.quotaMicros(128, 10_000)).isEqualTo(1_000);
    }

    @Test
    void visibleVcpus_areTwoUpTo3008MbThenGrowToSix() {
        assertThat(LambdaCpuShare.visibleVcpus(128)).isEqualTo(2);
        assertThat(LambdaCpuShare.visibleVcpus(3008)).isEqualTo(2);
        assertThat(LambdaCpuShare.visibleVcpus(3009)).isEqualTo(3);
        assertThat(LambdaCpuShare.visibleVcpus(5307)).isEqualTo(3);
        assertThat(LambdaCpuShare.visibleVcpus(5308)).isEqualTo(4);
        assertThat(LambdaCpuShare.visibleVcpus(8846)).isEqualTo(6);
        assertThat(LambdaCpuShare.visibleVcpus(10_240)).isEqualTo(6);
    }
}
