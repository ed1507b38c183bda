package cloud.citizen.bills.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import cloud.citizen.bills.BillsComponents;
import cloud.citizen.bills.BillsSettings;
import cloud.citizen.bills.domain.BillId;
import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.bills.events.ReceiptWorkerHandler;
import cloud.citizen.bills.events.SandboxBankHandler;
import cloud.citizen.bills.service.ImportReport;
import cloud.citizen.bills.store.payments.CallbackSignature;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.LambdaEvents;
import cloud.citizen.emulator.testing.TestTokens;
import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The bills tests' one fixture class: utility providers that load bills, citizens with tokens, the
 * sandbox gateway and the receipt worker run through their real entry points (built from their
 * own function's environment in template.yaml) against the emulated services, and the queues
 * read as an event source would. Ids come from a counter behind a per-run prefix, so tests never
 * see each other's data and never collide.
 */
public final class BillsFixtures {
    public static final String PERIOD = "2026-10";
    public static final String HEADER = "provider,accountNumber,kind,period,amountFen,dueDate,holderName\n";
    /** The holder of every account the fixtures import, unless a row names another. */
    public static final String HOLDER = "张三明";
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final AtomicLong SEQUENCE = new AtomicLong();
    /** One set of components (and SDK clients) per function, as one warm Lambda instance has. */
    private static final Map<String, BillsComponents> COMPONENTS = new ConcurrentHashMap<>();

    private BillsFixtures() {
    }

    // ---- ids

    /** A fresh id part: {@code <run>-<n>}, lower-case letters, digits and one dash. */
    public static String newId() {
        return RUN + "-" + SEQUENCE.incrementAndGet();
    }

    public static String newUser() {
        return "u-" + newId();
    }

    /** A utility provider of its own, so a test sees only its own bills. */
    public static String newProvider() {
        return "t" + newId();
    }

    public static String newAccount() {
        return newAccount("A");
    }

    public static String newAccount(String prefix) {
        return prefix + newId();
    }

    public static String newIdempotencyKey() {
        return "k-" + newId();
    }

    // ---- the emulated surroundings

    public static TestTokens tokens() {
        return TestTokens.forFunctionUnderTest();
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

    public static String receiptsBucket() {
        return EmulatedAwsResource.resources().bucketName("BillsReceiptsBucket");
    }

    public static String sandboxSecret() {
        return EmulatedAwsResource.secret("SANDBOX_CALLBACK");
    }

    /** The function under test's public URL (the mock event server, its real HTTP entry point). */
    public static String apiBaseUrl() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    /**
     * The components as the given function of template.yaml builds them from its own environment;
     * the sandbox's callbacks go to the function under test.
     */
    public static BillsComponents componentsOf(String functionLogicalId) {
        return COMPONENTS.computeIfAbsent(functionLogicalId + " " + apiBaseUrl(), key -> {
            var stack = EmulatedAwsResource.stack();
            Map<String, String> variables = new HashMap<>(stack.environmentOf(stack.template().function(functionLogicalId),
                    Map.of("SandboxPayments", "enabled")));
            variables.put(BillsSettings.CALLBACK_BASE_URL, apiBaseUrl());
            return componentsWith(variables);
        });
    }

    /** How the bills tests run their functions: with the sandbox on (the template's default is off). */
    public static final String SANDBOX_ON = "SandboxPayments=enabled";

    public static BillsComponents componentsWith(Map<String, String> variables) {
        Environment environment = Environment.of(variables);
        return new BillsComponents(BillsSettings.from(environment), AwsClients.from(environment), Clock.systemUTC());
    }

    // ---- bills, accounts and payments

    /**
     * Loads bills exactly as the import function stores them, as a file in the folder of the first
     * row's provider; rows of six columns get {@link #HOLDER} as their holder.
     */
    public static ImportReport importCsv(String rowsWithoutHeader) {
        String rows = rowsWithoutHeader.lines().map(row -> row.split(",", -1).length == 6 ? row + "," + HOLDER : row)
                .collect(Collectors.joining("\n", "", "\n"));
        String provider = rows.substring(0, rows.indexOf(','));
        try {
            return componentsOf("BillsImportFunction").billImport().run(new StringReader(HEADER + rows), provider);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** One unpaid water bill of {@link #PERIOD}, its account held by {@link #HOLDER}; returns its id. */
    public static String importBill(String provider, String account, long amountFen) {
        importCsv(provider + "," + account + ",water," + PERIOD + "," + amountFen + ",2026-11-25\n");
        return billId(provider, account, PERIOD);
    }

    public static String billId(String provider, String account, String period) {
        return BillId.of(new ProviderAccount(provider, account), YearMonth.parse(period));
    }

    /** Binds naming the fixtures' {@link #HOLDER}. */
    public static Response bind(String token, String provider, String account) {
        return bind(token, provider, account, HOLDER);
    }

    public static Response bind(String token, String provider, String account, String holderName) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("provider", provider, "accountNumber", account, "holderName", holderName))
                .post("/v1/bill-accounts");
    }

    /** A citizen with one bound account holding one unpaid bill. */
    public record Household(String userId, String token, String provider, String account, String billId,
            long amountFen) {
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
        return pay(household.token(), household.billId(), "sandbox", newIdempotencyKey()).then()
                .statusCode(201).extract().path("paymentId");
    }

    public static Response callback(String gateway, String body, String signature) {
        var request = given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            request.header(CallbackSignature.SIGNATURE_HEADER, signature);
        }
        return request.post("/v1/payments/callbacks/" + gateway);
    }

    /** A sandbox callback body, signed (by whoever signs it) now. */
    public static String sandboxCallbackBody(String paymentId, long amountFen, String outcome) {
        return sandboxCallbackBody(paymentId, amountFen, outcome, Instant.now());
    }

    public static String sandboxCallbackBody(String paymentId, long amountFen, String outcome, Instant signedAt) {
        return "{\"eventId\":\"e-" + newId() + "\",\"paymentId\":\"" + paymentId + "\",\"reference\":\"sbx_"
                + paymentId + "\",\"amountFen\":" + amountFen + ",\"outcome\":\"" + outcome + "\",\"timestamp\":"
                + signedAt.getEpochSecond() + "}";
    }

    /** A callback signed as the sandbox signs it. */
    public static Response signedSandboxCallback(String body) {
        return callback("sandbox", body,
                new CallbackSignature(sandboxSecret()).sign(body.getBytes(StandardCharsets.UTF_8)));
    }

    // ---- the queue and bucket handlers, through their Lambda entry points

    public static SandboxBankHandler sandboxBank() {
        return new SandboxBankHandler(componentsOf("SandboxProviderFunction"));
    }

    /** Lets the sandbox answer the charge request of this payment, as its queue would deliver it. */
    public static void sandboxConfirms(String paymentId) {
        deliverOne("SandboxProviderQueue", paymentId, event -> sandboxBank().handleRequest(event, null));
    }

    public static ReceiptWorkerHandler receiptWorker() {
        return new ReceiptWorkerHandler(componentsOf("ReceiptWorkerFunction"));
    }

    /** Lets the receipt worker consume this payment's PaymentSucceeded event. */
    public static void receiptWorkerRuns(String paymentId) {
        deliverOne("ReceiptQueue", paymentId, event -> receiptWorker().handleRequest(event, null));
    }

    /** Hands the queue's message about this payment to a handler, as a batch of one, and expects it handled. */
    private static void deliverOne(String queueLogicalId, String paymentId,
            Function<SQSEvent, SQSBatchResponse> handler) {
        Message message = take(queue(queueLogicalId), body -> body.contains(paymentId));
        if (!handler.apply(LambdaEvents.sqs(message)).getBatchItemFailures().isEmpty()) {
            throw new AssertionError("the consumer of " + queueLogicalId + " failed on payment " + paymentId);
        }
        delete(queue(queueLogicalId), message);
    }

    // ---- the table

    public static Map<String, AttributeValue> item(String pk, String sk) {
        return dynamo().getItem(get -> get.tableName(table()).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk)))).item();
    }

    /** The account's bindings as stored (read consistently): who bound it, and under which holder. */
    public static List<Map<String, AttributeValue>> bindingsOf(ProviderAccount account) {
        return dynamo().query(query -> query.tableName(table()).consistentRead(true)
                .keyConditionExpression("pk = :account AND begins_with(sk, :binding)")
                .expressionAttributeValues(Map.of(":account", AttributeValue.fromS("ACCOUNT#" + account.key()),
                        ":binding", AttributeValue.fromS("BINDING#")))).items();
    }

    public static String billStatus(String billId) {
        return item("BILL#" + billId, "BILL").get("status").s();
    }

    public static String paymentStatus(String paymentId) {
        return item("PAYMENT#" + paymentId, "PAYMENT").get("status").s();
    }

    /** The citizen's payments (ByOwner, PAYER#). */
    public static int paymentCount(String userId) {
        return dynamo().query(query -> query.tableName(table()).indexName("ByOwner")
                .keyConditionExpression("gsi1pk = :payer").select("COUNT")
                .expressionAttributeValues(Map.of(":payer", AttributeValue.fromS("PAYER#" + userId)))).count();
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

    /** As if the payment holding the bill was started more than 15 minutes ago: another may take the hold over. */
    public static void expireHold(String billId) {
        dynamo().updateItem(update -> update.tableName(table())
                .key(Map.of("pk", AttributeValue.fromS("BILL#" + billId), "sk", AttributeValue.fromS("BILL")))
                .updateExpression("SET activePaymentUntil = :past")
                .expressionAttributeValues(Map.of(":past", AttributeValue.fromN("0"))));
    }

    // ---- the queues, read as a Lambda event source would, picking out one test's messages

    private static SqsClient sqs() {
        return EmulatedAwsResource.aws().sqs();
    }

    /** The first message whose body matches, waiting up to 10 s (delayed queues need a few); others stay queued. */
    public static Message take(String queueUrl, Predicate<String> body) {
        List<Message> found = takeAll(queueUrl, body, Duration.ofSeconds(10), 1);
        if (found.isEmpty()) {
            throw new AssertionError("no matching message arrived on " + queueUrl + " within 10 s");
        }
        return found.get(0);
    }

    /** Every matching message visible within the wait (at most {@code max}), received but not deleted. */
    public static List<Message> takeAll(String queueUrl, Predicate<String> body, Duration wait, int max) {
        List<Message> found = new ArrayList<>();
        Instant deadline = Instant.now().plus(wait);
        while (Instant.now().isBefore(deadline) && found.size() < max) {
            for (Message message : sqs().receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)
                    .waitTimeSeconds(1).visibilityTimeout(30)
                    .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages()) {
                if (body.test(message.body()) && found.size() < max) {
                    found.add(message);
                } else {
                    release(queueUrl, message);
                }
            }
        }
        return found;
    }

    /** How many matching messages are queued (waiting 2 s for stragglers); they stay queued. */
    public static int countMessages(String queueUrl, Predicate<String> body) {
        List<Message> found = takeAll(queueUrl, body, Duration.ofSeconds(2), 100);
        found.forEach(message -> release(queueUrl, message));
        return found.size();
    }

    /**
     * The eventIds of the user-messages containing the text, by citizen, taken off NotificationsQueue.
     * Each message on the queue is received once (others are released at the end): the queue moves
     * a message received 5 times to its dead-letter queue.
     */
    public static Map<String, List<String>> takeUserMessages(String text) {
        String notifications = queue("NotificationsQueue");
        Map<String, List<String>> byUser = new HashMap<>();
        for (Message message : takeAll(notifications, body -> true, Duration.ofSeconds(2), 1000)) {
            JsonNode body = readJson(message.body());
            if ("user-message".equals(body.path("type").asText()) && body.path("text").asText().contains(text)) {
                byUser.computeIfAbsent(body.path("userId").asText(), user -> new ArrayList<>())
                        .add(body.path("eventId").asText());
                delete(notifications, message);
            } else {
                release(notifications, message);
            }
        }
        return byUser;
    }

    private static JsonNode readJson(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    public static Message send(String queueUrl, String body) {
        sqs().sendMessage(s -> s.queueUrl(queueUrl).messageBody(body));
        return take(queueUrl, body::equals);
    }

    public static void release(String queueUrl, Message message) {
        sqs().changeMessageVisibility(c -> c.queueUrl(queueUrl).receiptHandle(message.receiptHandle())
                .visibilityTimeout(0));
    }

    public static void delete(String queueUrl, Message message) {
        sqs().deleteMessage(d -> d.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
    }
}
