package cloud.citizen.bills.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import cloud.citizen.bills.BillsComponents;
import cloud.citizen.bills.BillsSettings;
import cloud.citizen.bills.domain.BillId;
import cloud.citizen.bills.domain.Payment;
import cloud.citizen.bills.domain.PaymentMethod;
import cloud.citizen.bills.domain.HolderName;
import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.bills.events.BillImportHandler;
import cloud.citizen.bills.service.Checkout;
import cloud.citizen.bills.service.PaymentCallbacks;
import cloud.citizen.bills.store.payments.CallbackSignature;
import cloud.citizen.bills.store.payments.SandboxBank;
import cloud.citizen.bills.store.payments.SandboxMessages;
import cloud.citizen.emulator.EmulatedStack;
import cloud.citizen.emulator.EmulatorOptions;
import cloud.citizen.emulator.testing.LambdaEvents;
import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;

/**
 * Not a test: measures the bills function against freshly started emulators (dynoxide, ElasticMQ,
 * S3Proxy) provisioned from template.yaml.
 * <ol>
 * <li>Import: a generated CSV of N rows (N new accounts, one bill each) is uploaded to the import
 *     bucket and imported through BillImportHandler's entry point; then the same file again (a
 *     no-op); then the next month's file (the same accounts and holders, a new bill each), what a
 *     provider uploads every month. Each prints rows/s and the CPU the importer and dynoxide spent
 *     per row (CPU time holds up better than wall time on a shared machine).</li>
 * <li>Paying: for M bills, one after another, the HTTP function's services start a sandbox
 *     payment (hold + payment + outbox in one transaction, then delivery to SQS) and accept the
 *     sandbox's signed success callback (verify, settle transaction, outbox delivery). Latencies of
 *     both steps and of the whole payment in HdrHistogram; the HTTP layer is not included.</li>
 * </ol>
 * {@code ./mvnw -q -pl functions/bills -am test-compile -Pbench -Dexec.args="100000 1000 8"}
 * (rows, payments, import parallelism); the {@code bench} profile of functions/bills/pom.xml runs
 * it after test-compile in this module only, so it works from a fresh clone.
 */
public final class BillsBenchmark {

    private BillsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int payments = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int parallelism = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        try (EmulatedStack stack = EmulatedStack.start(EmulatorOptions.inMemory(), Map.of())) {
            benchmarkImport(stack, rows, parallelism);
            benchmarkPayments(stack, payments);
        }
        System.exit(0);
    }

    private static void benchmarkImport(EmulatedStack stack, int rows, int parallelism) throws Exception {
        Map<String, String> variables = new HashMap<>(stack.environmentOf("BillsImportFunction"));
        variables.put(BillsSettings.IMPORT_PARALLELISM, Integer.toString(parallelism));
        BillImportHandler handler = new BillImportHandler(components(variables));
        ImportRun run = new ImportRun(stack, handler, rows, parallelism);
        run.measure("first import", YearMonth.of(2026, 10)); // every account new: the worst case
        run.measure("re-import (no-op)", YearMonth.of(2026, 10));
        run.measure("next month", YearMonth.of(2026, 11)); // the accounts exist: only the bills are new
    }

    /** One generated file per period, uploaded and imported through the handler; CPU shown per row. */
    private record ImportRun(EmulatedStack stack, BillImportHandler handler, int rows, int parallelism) {

        void measure(String label, YearMonth period) throws Exception {
            S3Client s3 = stack.aws().s3();
            String bucket = stack.resources().bucketName("BillsImportBucket");
            Path file = Files.createTempFile("bills-bench", ".csv");
            StringBuilder csv = new StringBuilder("provider,accountNumber,kind,period,amountFen,dueDate,holderName\n");
            for (int i = 0; i < rows; i++) {
                csv.append("bench-water,W").append(10_000_000 + i).append(",water,").append(period).append(',')
                        .append(1_000 + i % 90_000).append(',').append(period.plusMonths(1).atDay(25)).append(",张三明\n");
            }
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            String key = "imports/bench-water/bench-" + period + "-" + rows + ".csv";
            s3.putObject(put -> put.bucket(bucket).key(key), RequestBody.fromFile(file));
            CpuClock importer = CpuClock.of(ProcessHandle.current());
            CpuClock dynamoDb = CpuClock.of(dynoxide());
            long started = System.nanoTime();
            Map<String, Object> summary = handler.handleRequest(LambdaEvents.s3Put(bucket, key, Files.size(file)), null)
                    .get(0);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("IMPORT %-18s %,d rows (%s MB), parallelism %d: %.1f s = %,.0f rows/s  %s%n", label, rows,
                    Files.size(file) / 1_000_000, parallelism, seconds, rows / seconds, summary);
            System.out.printf("IMPORT %-18s CPU per row: importer JVM %.3f ms, dynoxide %.3f ms%n", label,
                    importer.millisSince() / rows, dynamoDb.millisSince() / rows);
            Files.delete(file);
        }

        /** The dynoxide process the emulated stack started (a child of this JVM). */
        private static ProcessHandle dynoxide() {
            return ProcessHandle.current().descendants()
                    .filter(process -> process.info().command().orElse("").endsWith("dynoxide")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no dynoxide child process"));
        }
    }

    /** CPU time a process used since this clock was made: who works, under whatever load the machine has. */
    private record CpuClock(ProcessHandle process, Duration start) {
        static CpuClock of(ProcessHandle process) {
            return new CpuClock(process, used(process));
        }

        double millisSince() {
            return (used(process).toNanos() - start.toNanos()) / 1e6;
        }

        private static Duration used(ProcessHandle process) {
            return process.info().totalCpuDuration().orElse(Duration.ZERO);
        }
    }

    private static void benchmarkPayments(EmulatedStack stack, int payments) throws Exception {
        Map<String, String> variables = stack.environmentOf(stack.template().function("BillsFunction"),
                Map.of("SandboxPayments", "enabled"));
        BillsComponents components = components(variables);
        Checkout checkout = components.checkout();
        PaymentCallbacks callbacks = components.paymentCallbacks();
        SandboxBank sandbox = components(stack.environmentOf("SandboxProviderFunction")).sandboxBank();

        int warmUp = Math.min(200, payments);
        List<String> bills = new ArrayList<>();
        for (int i = 0; i < warmUp + payments; i++) {
            ProviderAccount account = new ProviderAccount("bench-water", "W" + (10_000_000 + i));
            components.accountBinding().bind("bench-citizen", account, HolderName.parse("张三明").orElseThrow());
            bills.add(BillId.of(account, YearMonth.of(2026, 10)));
        }
        Histogram start = new Histogram(TimeUnit.SECONDS.toMicros(10), 3);
        Histogram settle = new Histogram(TimeUnit.SECONDS.toMicros(10), 3);
        Histogram total = new Histogram(TimeUnit.SECONDS.toMicros(10), 3);
        for (int i = 0; i < bills.size(); i++) {
            long t0 = System.nanoTime();
            Payment payment = checkout.start("bench-citizen", bills.get(i), PaymentMethod.SANDBOX);
            long t1 = System.nanoTime();
            SandboxBank.SignedCallback callback = sandbox.answer(new SandboxMessages.ChargeRequest("e" + i,
                    payment.paymentId(), payment.amountFen(), "W" + (10_000_000 + i)));
            Map<String, String> headers = Map.of(CallbackSignature.SIGNATURE_HEADER, callback.signature());
            callbacks.accept("sandbox", callback.body(), headers::get);
            long t2 = System.nanoTime();
            if (i >= warmUp) {
                start.recordValue((t1 - t0) / 1_000);
                settle.recordValue((t2 - t1) / 1_000);
                total.recordValue((t2 - t0) / 1_000);
            }
        }
        print("PAY start payment ", start);
        print("PAY settle callback", settle);
        print("PAY whole payment  ", total);
    }

    /** The components as a function with these variables builds them (its template.yaml environment). */
    private static BillsComponents components(Map<String, String> variables) {
        Environment environment = Environment.of(variables);
        return new BillsComponents(BillsSettings.from(environment), AwsClients.from(environment), Clock.systemUTC());
    }

    private static void print(String what, Histogram histogram) {
        System.out.printf("%s n=%d  p50 %.1f ms  p99 %.1f ms  max %.1f ms%n", what, histogram.getTotalCount(),
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0,
                histogram.getMaxValue() / 1000.0);
    }
}
