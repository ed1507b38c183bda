package cloud.citizen.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import cloud.citizen.emulator.RepositoryRoot;
import cloud.citizen.local.seed.DemoAccount;

/**
 * The main class of {@code infra/run-local}: starts the {@link Platform}, prints where it is and who
 * can log in, and runs until Ctrl-C (or {@code kill}), when the shutdown hook stops every process
 * it started.
 */
public final class RunLocal {

    private RunLocal() {
    }

    public static void main(String[] args) throws InterruptedException {
        ConsoleLogging.install();
        PrintStream console = System.out;
        Path root = RepositoryRoot.locate();
        PlatformOptions options;
        try {
            options = PlatformOptions.parse(args, root);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        console.println("citizen-cloud: starting the local platform from " + options.templateFile()
                .orElse(RepositoryRoot.template(root)) + " (data: " + options.dataDirectory() + ")");
        long started = System.nanoTime();
        Platform platform = Platform.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            console.println("stopping: functions, gateway, emulators");
            platform.close();
            stopped.countDown();
        }, "local-platform-shutdown"));
        banner(console, platform, (System.nanoTime() - started) / 1_000_000);
        stopped.await();
    }

    private static void banner(PrintStream console, Platform platform, long startMillis) {
        String url = platform.apiUrl();
        console.println();
        console.println("  API           " + url + "   (ready in " + startMillis + " ms)");
        console.println("  functions     " + String.join(", ", platform.functions()) + "  ("
                + platform.eventSourceCount() + " schedules/queues)");
        console.println("  local only    " + url + "/_local/functions   " + url + "/_local/sms?phone=13800000001");
        console.println("  logs          " + platform.options().dataDirectory().resolve("logs"));
        if (platform.options().seed() && platform.functions().contains("AccountsFunction")) {
            console.println("  demo accounts");
            for (DemoAccount account : DemoAccount.ALL) {
                console.printf("    %s / %-13s %s%n", account.phone(), account.password(), account.describe());
            }
        }
        console.println();
        console.println("  Ctrl-C stops everything.");
    }
}
