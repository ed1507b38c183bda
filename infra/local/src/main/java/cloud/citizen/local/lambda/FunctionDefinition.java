package cloud.citizen.local.lambda;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A function ready to run: where its unpacked code is and what Lambda would give it (handler,
 * runtime, memory, timeout, resolved environment).
 */
public record FunctionDefinition(String name, Path taskRoot, String handler, String runtime, int memoryMb,
        Duration timeout, Map<String, String> environment) {

    public FunctionDefinition {
        environment = Map.copyOf(environment);
    }

    /**
     * A custom runtime: an OS-only runtime in the template, or a native build whose function.zip
     * carries a {@code bootstrap} executable instead of classes.
     */
    public boolean isCustomRuntime() {
        return runtime.startsWith("provided") || Files.isRegularFile(taskRoot.resolve("bootstrap"));
    }

    public String arn() {
        return "arn:aws:lambda:us-east-1:000000000000:function:" + name;
    }
}
