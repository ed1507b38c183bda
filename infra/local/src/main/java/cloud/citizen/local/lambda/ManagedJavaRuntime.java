package cloud.citizen.local.lambda;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What Lambda's managed Java runtimes ({@code java17} … {@code java25}) run, on the JDK of the
 * template's version ({@link JavaRuntimes}): the runtime interface client
 * ({@code AWSLambda}) with its two libraries on the class path, the unpacked code as the working
 * directory (the client builds the function's class loader from {@code user.dir} and {@code lib/}),
 * the handler as the only argument, and the runtime's JVM defaults:
 * {@code -XX:MaxHeapSize} at 85% of MemorySize (and MemorySize as the memory the JVM sizes itself
 * by, as in a Lambda sandbox), Serial GC, class data sharing, and C1 only
 * (the managed runtimes' default) unless the function's JAVA_TOOL_OPTIONS chooses otherwise.
 */
public final class ManagedJavaRuntime {

    public static final String MAIN_CLASS = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    /** One class from each jar the client needs; found where this JVM loaded them from. */
    private static final List<String> CLIENT_CLASSES = List.of(MAIN_CLASS,
            "com.amazonaws.services.lambda.runtime.Context",
            "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer",
            "software.amazon.awssdk.utilslite.SdkInternalThreadLocal");

    private ManagedJavaRuntime() {
    }

    public static List<String> command(FunctionDefinition function, List<String> extraJvmOptions) {
        String toolOptions = function.environment().getOrDefault("JAVA_TOOL_OPTIONS", "");
        List<String> command = new ArrayList<>();
        command.add(JavaRuntimes.javaExecutable(function.runtime()).toString());
        // the JVM in a Lambda sandbox sees MemorySize as the machine's memory, and sizes its initial
        // heap and young generation from it (1/64: 8 MB at 512 MB); here it would see the host's
        // gigabytes and start with a young generation of ~130 MB that a warm instance fills.
        command.add("-XX:MaxRAM=" + function.memoryMb() + "m");
        command.add("-XX:MaxHeapSize=" + (function.memoryMb() * 1024L * 85 / 100) + "k");
        if (!mentions(toolOptions, "GC")) {
            command.add("-XX:+UseSerialGC");
        }
        if (!mentions(toolOptions, "Tiered")) {
            command.add("-XX:+TieredCompilation");
            command.add("-XX:TieredStopAtLevel=1");
        }
        if (extraJvmOptions.stream().noneMatch(option -> option.startsWith("-XX:AOTCache"))) {
            command.add("-Xshare:auto"); // the JVM refuses it next to an AOT cache, which maps the CDS archive itself
        }
        command.add(RuntimeClientLibrary.jvmOption());
        command.addAll(extraJvmOptions);
        command.add("-cp");
        command.add(classpath());
        command.add(MAIN_CLASS);
        command.add(function.handler());
        return command;
    }

    private static boolean mentions(String options, String word) {
        return options.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT));
    }

    static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String className : CLIENT_CLASSES) {
            entries.add(jarOf(className));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String jarOf(String className) {
        try {
            Class<?> type = Class.forName(className, false, ManagedJavaRuntime.class.getClassLoader());
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (ClassNotFoundException | URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("the Lambda runtime interface client is not on the class path ("
                    + className + ")", e);
        }
    }
}
