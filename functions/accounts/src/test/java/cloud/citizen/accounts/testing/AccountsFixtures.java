package cloud.citizen.accounts.testing;

import static io.restassured.RestAssured.given;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.accounts.AccountsComponents;
import cloud.citizen.accounts.AccountsSettings;
import cloud.citizen.accounts.domain.IdNumber;
import cloud.citizen.accounts.domain.Parsed;
import cloud.citizen.accounts.domain.PhoneNumber;
import cloud.citizen.accounts.domain.crypto.PiiProtector;
import cloud.citizen.accounts.store.AccountsTable;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The accounts tests' one fixture class: unique ids, fixed clocks and keys, made-up ID numbers,
 * the function's environment on the emulators, and the accounts API driven as the mobile app
 * drives it, reading SMS codes and events from the queues the function writes to.
 */
public final class AccountsFixtures {
    public static final String PASSWORD = "Tianfu#2026ok";

    /**
     * Every test request comes from 127.0.0.1, so the HTTP tests lift the per-address SMS budget
     * ({@code @EmulatedAwsTest(parameters = ONE_CLIENT_ADDRESS)}); SmsSourceBudgetTest tests it.
     */
    public static final String ONE_CLIENT_ADDRESS = "SmsCodesPerSourceIpPerHour=1000000";

    /** 2026-11-28 09:00 in Chengdu. Hosts run in UTC on AWS, so the clocks do too. */
    public static final Instant NOW = Instant.parse("2026-11-28T01:00:00Z");
    public static final LocalDate CITY_TODAY = LocalDate.of(2026, 11, 28);
    public static final Clock FIXED = Clock.fixed(NOW, ZoneOffset.UTC);

    /** Fixed, obviously fake 256-bit keys. */
    public static final String KEY_A = key(1);
    public static final String KEY_B = key(2);
    public static final String KEY_C = key(3);

    /** 510104 = Jinjiang District, Chengdu; born 1990-03-07; sequence 123. */
    public static final String CHENGDU_1990 = validIdNumber("510104", LocalDate.of(1990, 3, 7), "123");

    private static final List<Integer> MAINLAND_PROVINCES = List.of(
            11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
            41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65);
    private static final Pattern CODE = Pattern.compile("(\\d{6})");
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * One counter for the whole test JVM, kept in the system properties because Quarkus loads test
     * classes again in its own class loader: a static field alone would count twice from zero.
     */
    private static final AtomicLong COUNTER = (AtomicLong) System.getProperties()
            .computeIfAbsent("citizen.accounts.test-counter", name -> new AtomicLong());
    /** Per run, so that ids stay apart even in a table that outlives the JVM. */
    private static final long RUN = ProcessHandle.current().pid() % 100;

    public record Registered(String phone, String password, String accessToken, String refreshToken) {
    }

    private AccountsFixtures() {
    }

    // ---- ids

    /** A mobile number no other test of this run uses: 139, two digits of the run, a six-digit counter. */
    public static String newPhone() {
        return "139" + String.format("%02d%06d", RUN, COUNTER.incrementAndGet() % 1_000_000);
    }

    /** A checksum-valid, made-up ID number no other test of this run uses (birth date and sequence count up). */
    public static String newIdNumber() {
        long n = RUN * 100_000 + COUNTER.incrementAndGet() % 100_000;
        LocalDate birthDate = LocalDate.of(1950, 1, 1).plusDays(n / 1000);
        return validIdNumber("510104", birthDate, String.format("%03d", n % 1000));
    }

    /** An id with a readable prefix: "u-", "e-", "c-", "key-". */
    public static String newId(String prefix) {
        return prefix + RUN + "-" + COUNTER.incrementAndGet();
    }

    // ---- clocks, keys, ID numbers

    public static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static String key(int fill) {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (fill * 31 + i);
        }
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** An ID number with the check character computed by the GB 11643 algorithm. None is copied from anywhere. */
    public static String validIdNumber(String region, LocalDate birthDate, String sequence) {
        String first17 = region + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + sequence;
        return first17 + IdNumber.checkCharacterFor(first17);
    }

    /** For property tests: a seeded number that satisfies every rule, born between 1900-01-01 and {@code today}. */
    public static String randomIdNumber(Random random, LocalDate today) {
        int province = MAINLAND_PROVINCES.get(random.nextInt(MAINLAND_PROVINCES.size()));
        // City 01-99 and county 00-99: never "0000", the only region shape the rules refuse.
        String region = String.format("%02d%02d%02d", province, 1 + random.nextInt(99), random.nextInt(100));
        long days = today.toEpochDay() - IdNumber.EARLIEST_BIRTH_DATE.toEpochDay();
        LocalDate birthDate = IdNumber.EARLIEST_BIRTH_DATE.plusDays((long) (random.nextDouble() * (days + 1)));
        return validIdNumber(region, birthDate, String.format("%03d", random.nextInt(1000)));
    }

    // ---- the function on the emulators

    /** What Lambda gives the function, from template.yaml (emulator endpoints and local secrets included). */
    public static Environment environmentOf(String function) {
        return Environment.of(EmulatedAwsResource.stack().environmentOf(function));
    }

    /** The components as the function builds them from its environment, for handler tests. */
    public static AccountsComponents componentsOf(String function) {
        Environment env = environmentOf(function);
        return new AccountsComponents(AccountsSettings.from(env), AwsClients.from(env), Clock.systemUTC());
    }

    public static AccountsTable table() {
        return new AccountsTable(EmulatedAwsResource.resources().tableName("AccountsTable"));
    }

    public static String queueUrl(String logicalId) {
        return EmulatedAwsResource.resources().queueUrl(logicalId);
    }

    /** The HTTP function's PII protection, to compute the keys its items are stored under. */
    public static PiiProtector pii() {
        Environment env = environmentOf("AccountsFunction");
        return new PiiProtector(env.requiredSecret("PII_HASH_KEY"), env.requiredSecret("PII_ENCRYPTION_KEY"));
    }

    public static String phoneKey(String phone) {
        return pii().lookupKey(((Parsed.Valid<PhoneNumber>) PhoneNumber.parse(phone)).value());
    }

    // ---- the API, as the app calls it

    public static Response requestCode(String phone, String purpose) {
        return given().contentType(ContentType.JSON).body(Map.of("phone", phone, "purpose", purpose))
                .post("/v1/auth/sms-codes");
    }

    /** The newest code sent to this phone, waiting for it up to a few seconds. */
    public static String codeSentTo(String phone) {
        JsonNode sms = takeQueued(phone, "sms");
        Matcher matcher = CODE.matcher(sms.path("text").asText());
        if (!matcher.find()) {
            throw new AssertionError("the SMS holds no 6-digit code");
        }
        return matcher.group(1);
    }

    /** The first message of this type for this phone on the notifications queue. */
    public static JsonNode takeQueued(String phone, String type) {
        return takeQueued("NotificationsQueue", type,
                body -> phone.equals(body.path("phone").asText()));
    }

    /**
     * Takes the first message of this type that matches off the queue, waiting up to 10 s; other
     * messages are made visible again for whoever looks for them.
     */
    public static JsonNode takeQueued(String queueLogicalId, String type, Predicate<JsonNode> matches) {
        return takeQueued(queueLogicalId, type, matches, Duration.ofSeconds(10));
    }

    /** Whether no such message arrives within {@code wait} (for "announced once" checks). */
    public static boolean noneQueued(String queueLogicalId, String type, Predicate<JsonNode> matches, Duration wait) {
        try {
            takeQueued(queueLogicalId, type, matches, wait);
            return false;
        } catch (AssertionError none) {
            return true;
        }
    }

    private static JsonNode takeQueued(String queueLogicalId, String type, Predicate<JsonNode> matches,
            Duration wait) {
        SqsClient sqs = EmulatedAwsResource.aws().sqs();
        String queue = queueUrl(queueLogicalId);
        Instant deadline = Instant.now().plus(wait);
        while (Instant.now().isBefore(deadline)) {
            JsonNode found = null;
            for (Message message : sqs.receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(1))
                    .messages()) {
                JsonNode body = read(message.body());
                if (found == null && type.equals(body.path("type").asText()) && matches.test(body)) {
                    found = body;
                    sqs.deleteMessage(d -> d.queueUrl(queue).receiptHandle(message.receiptHandle()));
                } else {
                    sqs.changeMessageVisibility(c -> c.queueUrl(queue).receiptHandle(message.receiptHandle())
                            .visibilityTimeout(0));
                }
            }
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no " + type + " message was queued on " + queueLogicalId + " within " + wait);
    }

    public static boolean anySmsQueuedFor(String phone) {
        try {
            takeQueued(phone, "sms");
            return true;
        } catch (AssertionError none) {
            return false;
        }
    }

    /**
     * Lets the one-code-a-minute limit pass for this phone without waiting, by removing the
     * "last sent" marker (key design in AccountsTable) as its TTL eventually would.
     */
    public static void minutePasses(String phone) {
        EmulatedAwsResource.aws().dynamoDb().deleteItem(d -> d.tableName(table().name()).key(Map.of(
                "pk", AttributeValue.fromS("SMS#" + phoneKey(phone)), "sk", AttributeValue.fromS("LAST"))));
    }

    public static Response register(String phone, String code, String password, String displayName) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "smsCode", code, "password", password, "displayName", displayName))
                .post("/v1/auth/register");
    }

    public static Registered registerNew() {
        String phone = newPhone();
        requestCode(phone, "register").then().statusCode(202);
        Response response = register(phone, codeSentTo(phone), PASSWORD, "市民" + phone.substring(7));
        response.then().statusCode(201);
        return new Registered(phone, PASSWORD, response.path("accessToken"), response.path("refreshToken"));
    }

    public static Response login(String phone, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("phone", phone, "password", password))
                .post("/v1/auth/login");
    }

    public static Response refresh(String refreshToken) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", refreshToken)).post("/v1/auth/refresh");
    }

    public static Response me(String accessToken) {
        return given().header("Authorization", "Bearer " + accessToken).get("/v1/me");
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("queued message is not JSON", e);
        }
    }
}
