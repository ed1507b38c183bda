package cloud.citizen.emulator.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

import cloud.citizen.emulator.EmulatorKind;
import cloud.citizen.emulator.backend.LocalStackBackend;

class LocalStackAvailabilityTest {

    @Test
    void localStackWithoutDocker_isSkippedWithAReason() {
        ConditionEvaluationResult result = new LocalStackAvailability(() -> EmulatorKind.LOCALSTACK, () -> false)
                .evaluateExecutionCondition(null);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("aws.emulator=localstack").contains("Docker").contains("skipped"));
    }

    @Test
    void localStackWithDocker_runs() {
        assertThat(new LocalStackAvailability(() -> EmulatorKind.LOCALSTACK, () -> true)
                .evaluateExecutionCondition(null).isDisabled()).isFalse();
    }

    @Test
    void embedded_runsWithoutAskingForDocker() {
        ConditionEvaluationResult result = new LocalStackAvailability(() -> EmulatorKind.EMBEDDED, () -> {
            throw new AssertionError("Docker must not be probed for the embedded emulators");
        }).evaluateExecutionCondition(null);

        assertThat(result.isDisabled()).isFalse();
    }

    @Test
    void onThisMachine_theRealProbeFindsNoDocker_soTheDefaultConditionSkipsLocalStack() {
        String previous = System.getProperty(EmulatorKind.PROPERTY);
        System.setProperty(EmulatorKind.PROPERTY, "localstack");
        try {
            boolean docker = LocalStackBackend.dockerAvailable();
            ConditionEvaluationResult result = new LocalStackAvailability().evaluateExecutionCondition(null);
            assertThat(result.isDisabled()).isEqualTo(!docker);
        } finally {
            restore(previous);
        }
    }

    @Test
    void kind_isReadFromTheSystemProperty() {
        String previous = System.getProperty(EmulatorKind.PROPERTY);
        try {
            System.setProperty(EmulatorKind.PROPERTY, "LocalStack");
            assertThat(EmulatorKind.fromSystemProperty()).isEqualTo(EmulatorKind.LOCALSTACK);
            System.setProperty(EmulatorKind.PROPERTY, "");
            assertThat(EmulatorKind.fromSystemProperty()).isEqualTo(EmulatorKind.EMBEDDED);
        } finally {
            restore(previous);
        }
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty(EmulatorKind.PROPERTY);
        } else {
            System.setProperty(EmulatorKind.PROPERTY, previous);
        }
    }
}
