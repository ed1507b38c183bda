package cloud.citizen.emulator.testing;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import cloud.citizen.emulator.EmulatorKind;
import cloud.citizen.emulator.backend.LocalStackBackend;

/**
 * Skips (does not fail) emulator-backed tests when {@code -Daws.emulator=localstack} is asked for
 * on a machine without a reachable Docker engine. The embedded emulators need nothing, so they
 * always run. Registered by {@link EmulatedAwsTest}, or on its own with
 * {@code @ExtendWith(LocalStackAvailability.class)}.
 */
public final class LocalStackAvailability implements ExecutionCondition {

    private final Supplier<EmulatorKind> kind;
    private final BooleanSupplier dockerAvailable;

    public LocalStackAvailability() {
        this(EmulatorKind::fromSystemProperty, DockerProbe::available);
    }

    LocalStackAvailability(Supplier<EmulatorKind> kind, BooleanSupplier dockerAvailable) {
        this.kind = kind;
        this.dockerAvailable = dockerAvailable;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (kind.get() != EmulatorKind.LOCALSTACK) {
            return ConditionEvaluationResult.enabled("embedded AWS emulators need no Docker");
        }
        if (dockerAvailable.getAsBoolean()) {
            return ConditionEvaluationResult.enabled("Docker is available for LocalStack");
        }
        return ConditionEvaluationResult.disabled("-D" + EmulatorKind.PROPERTY + "=localstack needs a Docker engine,"
                + " and none is reachable: skipped (run without it to use the embedded emulators)");
    }

    /** Probing Docker can take seconds; once per JVM is enough. */
    private static final class DockerProbe {
        private static final boolean AVAILABLE = LocalStackBackend.dockerAvailable();

        static boolean available() {
            return AVAILABLE;
        }
    }
}
