package cloud.citizen.bills.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

import cloud.citizen.bills.domain.Payment;
import cloud.citizen.bills.domain.PaymentMethod;
import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.bills.events.BillImportHandler;
import cloud.citizen.bills.providers.CallbackSignature;
import cloud.citizen.bills.providers.PaymentProviders;
import cloud.citizen.bills.providers.SandboxBank;
import cloud.citizen.bills.providers.SandboxMessages;
import cloud.citizen.bills.providers.SandboxProvider;
import cloud.citizen.bills.service.BillAccess;
import cloud.citizen.bills.service.BillImport;
import cloud.citizen.bills.service.BillsEvents;
import cloud.citizen.bills.service.Checkout;
import cloud.citizen.bills.service.PaymentCallbacks;
import cloud.citizen.bills.store.BillsTable;
import cloud.citizen.bills.store.DynamoBillBook;
import cloud.citizen.bills.store.DynamoBillLoader;
import cloud.citizen.bills.store.DynamoPaymentLedger;
import cloud.citizen.bills.store.DynamoPaymentRecords;
import cloud.citizen.emulator.testing.LambdaEvents;
import cloud.citizen.emulator.EmulatedStack;
import cloud.citizen.emulator.EmulatorOptions;
import cloud.citizen.emulator.ProvisionedResources;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.paging.CursorCodec;

/**
 * Not a test: measures the bills function against freshly started emulators (dynoxide, ElasticMQ,
 * S3Proxy) provisioned from template.yaml.
 * <ol>
 * <li>Import: a generated CSV of N rows (N accounts, one bill each) is uploaded to the import
 *     bucket and imported through BillImportHandler's entry point; then the same file again.</li>
 * <li>Paying: for M bills, one after another, the HTTP function's services start a sandbox
 *     payment (hold + payment + outbox in one transaction, then delivery to SQS) and accept the
 *     sandbox's signed success callback (verify, settle transaction, outbox delivery). Latencies of
 *     both steps and of the whole payment in HdrHistogram; the HTTP layer is not included.</li>
 * </ol>
 * {@code ./mvnw -o -q -pl functions/bills test-compile exec:java -Dexec.args="100000 1000 8"}
 * (rows, payments, import parallelism).
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
        ProvisionedResources resources = stack.resources();
        S3Client s3 = stack.aws().s3();
        String bucket = resources.bucketName("BillsImportBucket");
        Path file = Files.createTempFile("bills-bench", ".csv");
        StringBuilder csv = new StringBuilder("provider,accountNumber,kind,period,amountFen,dueDate\n");
        for (int i = 0; i < rows; i++) {
            csv.append("bench-water,W").append(10_000_000 + i).append(",water,2026-10,").append(1_000 + i % 90_000)
                    .append(",2026-11-25\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        String key = "imports/bench-" + rows + ".csv";
        s3.putObject(put -> put.bucket(bucket).key(key), RequestBody.fromFile(file));
        BillImportHandler handler = new BillImportHandler(s3, new BillImport(new DynamoBillLoader(stack.aws().dynamoDb(),
                new BillsTable(resources.tableName("BillsTable"))), parallelism));
        for (String run : List.of("first import", "re-import (no-op)")) {
            long started = System.nanoTime();
            Map<String, Object> summary = handler.handleRequest(LambdaEvents.s3Put(bucket, key, Files.size(file)), null)
                    .get(0);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("IMPORT %-18s %,d rows (%s MB), parallelism %d: %.1f s = %,.0f rows/s  %s%n", run, rows,
                    Files.size(file) / 1_000_000, parallelism, seconds, rows / seconds, summary);
        }
        Files.delete(file);
    }

    private static void benchmarkPayments(EmulatedStack stack, int payments) throws Exception {
        ProvisionedResources resources = stack.resources();
        DynamoDbClient dynamo = stack.aws().dynamoDb();
        SqsClient sqs = stack.aws().sqs();
        Clock clock = Clock.systemUTC();
        BillsTable table = new BillsTable(resources.tableName("BillsTable"));
        String secret = stack.environmentOf("BillsFunction").get("SANDBOX_CALLBACK_SECRET");
        DynamoBillBook book = new DynamoBillBook(dynamo, table, new CursorCodec("bench"));
        PaymentProviders providers = new PaymentProviders(List.of(new SandboxProvider(new CallbackSignature(secret),
                resources.queueUrl("SandboxProviderQueue"), "https://sandbox.citizen-cloud.example")));
        DynamoPaymentLedger ledger = new DynamoPaymentLedger(dynamo, table, new Outbox(dynamo, sqs, table.name(), clock));
        Checkout checkout = new Checkout(new BillAccess(book, clock), providers, ledger, clock);
        PaymentCallbacks callbacks = new PaymentCallbacks(providers, ledger, new DynamoPaymentRecords(dynamo, table),
                book, new BillsEvents(resources.queueUrl("ReceiptQueue"), resources.queueUrl("NotificationsQueue")), clock);
        SandboxBank sandbox = new SandboxBank(new CallbackSignature(secret), clock);

        int warmUp = Math.min(200, payments);
        List<String> bills = new ArrayList<>();
        for (int i = 0; i < warmUp + payments; i++) {
            ProviderAccount account = new ProviderAccount("bench-water", "W" + (10_000_000 + i));
            book.bind(account, "bench-citizen", clock.instant());
            bills.add(cloud.citizen.bills.domain.BillId.of(account, java.time.YearMonth.of(2026, 10)));
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

    private static void print(String what, Histogram histogram) {
        System.out.printf("%s n=%d  p50 %.1f ms  p99 %.1f ms  max %.1f ms%n", what, histogram.getTotalCount(),
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0,
                histogram.getMaxValue() / 1000.0);
    }
}
