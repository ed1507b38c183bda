package cloud.citizen.bills.testing;

import static io.restassured.RestAssured.given;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.bills.domain.BillId;
import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.bills.events.ReceiptWorkerHandler;
import cloud.citizen.bills.events.SandboxProviderHandler;
import cloud.citizen.bills.providers.CallbackSignature;
import cloud.citizen.bills.providers.SandboxBank;
import cloud.citizen.bills.service.BillImport;
import cloud.citizen.bills.service.ImportReport;
import cloud.citizen.bills.service.ReceiptIssuer;
import cloud.citizen.bills.store.BillsTable;
import cloud.citizen.bills.store.DynamoBillLoader;
import cloud.citizen.bills.store.DynamoPaymentRecords;
import cloud.citizen.bills.store.S3ReceiptArchive;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.LambdaEvents;
import cloud.citizen.emulator.testing.TestTokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The bills function's surroundings in tests: providers that load bills, citizens with tokens,
 * the sandbox provider and the receipt worker run through their real entry points against the
 * emulated services. Every test uses a fresh provider name, so tests never see each other's data.
 */
public final class BillsWorld {
    public static final String PERIOD = "2026-10";
    public static final String HEADER = "provider,accountNumber,kind,period,amountFen,dueDate\n";

    private BillsWorld() {
    }

    public static TestTokens tokens() {
        return TestTokens.forFunctionUnderTest();
    }

    public static String newUser() {
        return "u-" + UUID.randomUUID();
    }

    public static String newProvider() {
        return "t" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    public static String newAccount() {
        return "A" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    public static DynamoDbClient dynamo() {
        return EmulatedAwsResource.aws().dynamoDb();
    }

    public static String table() {
        return EmulatedAwsResource.resources().tableName("BillsTable");
    }

    public static String queue(String logicalId) {
        return EmulatedAwsResource.resources().queueUrl(logicalId);
    }

    /** Loads bills exactly as the import function stores them. */
    public static ImportReport importCsv(String rowsWithoutHeader) {
        try {
            return new BillImport(new DynamoBillLoader(dynamo(), new BillsTable(table())), 4)
                    .run(new StringReader(HEADER + rowsWithoutHeader));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** One unpaid water bill of {@link #PERIOD}; returns its id. */
    public static String importBill(String provider, String account, long amountFen) {
        importCsv(provider + "," + account + ",water," + PERIOD + "," + amountFen + ",2026-11-25\n");
        return billId(provider, account, PERIOD);
    }

    public static String billId(String provider, String account, String period) {
        return BillId.of(new ProviderAccount(provider, account), YearMonth.parse(period));
    }

    public static Response bind(String token, String provider, String account) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("provider", provider, "accountNumber", account)).post("/v1/bill-accounts");
    }

    /** A citizen with one bound account holding one unpaid bill. */
    public record Household(String userId, String token, String provider, String account, String billId, long amountFen) {
    }

    public static Household household(long amountFen) {
        return household(newAccount(), amountFen);
    }

    public static Household household(String account, long amountFen) {
        String user = newUser();
        String token = tokens().citizen(user);
        String provider = newProvider();
        String billId = importBill(provider, account, amountFen);
        bind(token, provider, account).then().statusCode(201);
        return new Household(user, token, provider, account, billId, amountFen);
    }

    public static Response pay(String token, String billId, String method, String idempotencyKey) {
        return given().auth().oauth2(token).header("Idempotency-Key", idempotencyKey).contentType(ContentType.JSON)
                .body(Map.of("method", method)).post("/v1/bills/" + billId + "/payments");
    }

    public static String startSandboxPayment(Household household) {
        return pay(household.token(), household.billId(), "sandbox", UUID.randomUUID().toString()).then()
                .statusCode(201).extract().path("paymentId");
    }

    public static String sandboxSecret() {
        return EmulatedAwsResource.environment().get("SANDBOX_CALLBACK_SECRET");
    }

    /** The function under test's public URL (the mock event server, its real HTTP entry point). */
    public static String apiBaseUrl() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    public static Response callback(String provider, String body, String signature) {
        var request = given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            request.header(CallbackSignature.SIGNATURE_HEADER, signature);
        }
        return request.post("/v1/payments/callbacks/" + provider);
    }

    /** A sandbox callback body, signed (by whoever signs it) now. */
    public static String sandboxCallbackBody(String paymentId, long amountFen, String outcome) {
        return sandboxCallbackBody(paymentId, amountFen, outcome, Instant.now());
    }

    public static String sandboxCallbackBody(String paymentId, long amountFen, String outcome, Instant signedAt) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"paymentId\":\"" + paymentId + "\",\"reference\":\"sbx_"
                + paymentId + "\",\"amountFen\":" + amountFen + ",\"outcome\":\"" + outcome + "\",\"timestamp\":"
                + signedAt.getEpochSecond() + "}";
    }

    /** A callback signed as the sandbox signs it. */
    public static Response signedSandboxCallback(String body) {
        return callback("sandbox", body, new CallbackSignature(sandboxSecret()).sign(body.getBytes(StandardCharsets.UTF_8)));
    }

    public static SandboxProviderHandler sandboxProvider() {
        return new SandboxProviderHandler(new SandboxBank(new CallbackSignature(sandboxSecret()), Clock.systemUTC()),
                apiBaseUrl());
    }

    /** Lets the sandbox answer the charge request of this payment, as its queue would deliver it. */
    public static void sandboxConfirms(String paymentId) {
        var message = Queues.take(queue("SandboxProviderQueue"), body -> body.contains(paymentId));
        var response = sandboxProvider().handleRequest(LambdaEvents.sqs(message), null);
        if (!response.getBatchItemFailures().isEmpty()) {
            throw new AssertionError("the sandbox could not deliver its callback");
        }
        Queues.delete(queue("SandboxProviderQueue"), message);
    }

    public static ReceiptWorkerHandler receiptWorker() {
        BillsTable table = new BillsTable(table());
        return new ReceiptWorkerHandler(new ReceiptIssuer(new DynamoPaymentRecords(dynamo(), table),
                new S3ReceiptArchive(EmulatedAwsResource.aws().s3(), receiptsBucket())));
    }

    public static String receiptsBucket() {
        return EmulatedAwsResource.resources().bucketName("BillsReceiptsBucket");
    }

    /** Lets the receipt worker consume this payment's PaymentSucceeded event. */
    public static void receiptWorkerRuns(String paymentId) {
        var message = Queues.take(queue("ReceiptQueue"), body -> body.contains(paymentId));
        var response = receiptWorker().handleRequest(LambdaEvents.sqs(message), null);
        if (!response.getBatchItemFailures().isEmpty()) {
            throw new AssertionError("the receipt worker failed");
        }
        Queues.delete(queue("ReceiptQueue"), message);
    }

    public static Map<String, AttributeValue> item(String pk, String sk) {
        return dynamo().getItem(get -> get.tableName(table()).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk)))).item();
    }

    public static String billStatus(String billId) {
        return item("BILL#" + billId, "BILL").get("status").s();
    }

    public static String paymentStatus(String paymentId) {
        return item("PAYMENT#" + paymentId, "PAYMENT").get("status").s();
    }

    /** Items that carry state (idempotency records of refused requests are not state). */
    public static int stateItemCount() {
        return dynamo().scan(scan -> scan.tableName(table()).select("COUNT")
                .filterExpression("NOT begins_with(pk, :idempotency)")
                .expressionAttributeValues(Map.of(":idempotency", AttributeValue.fromS("IDEMPOTENCY#")))).count();
    }

    /** As a succeeded payment leaves a bill (the payment tests go through the real flow). */
    public static void markPaid(String billId) {
        String period = item("BILL#" + billId, "BILL").get("period").s();
        dynamo().updateItem(update -> update.tableName(table())
                .key(Map.of("pk", AttributeValue.fromS("BILL#" + billId), "sk", AttributeValue.fromS("BILL")))
                .updateExpression("SET #status = :paid, gsi2sk = :key")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":paid", AttributeValue.fromS("paid"),
                        ":key", AttributeValue.fromS("paid#" + period + "#" + billId))));
    }
}
