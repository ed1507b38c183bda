package cloud.citizen.local.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import cloud.citizen.appointments.domain.CityTime;
import cloud.citizen.emulator.LocalSecrets;
import cloud.citizen.emulator.template.SamFunction;
import cloud.citizen.emulator.testing.LocalStackAvailability;
import cloud.citizen.local.Eventually;
import cloud.citizen.local.Json;
import cloud.citizen.local.Platform;
import cloud.citizen.local.seed.DemoAccount;
import cloud.citizen.local.seed.LocalApiClient;

/**
 * The platform as {@code infra/run-local} starts it (the repository's template, the packaged
 * function zips, demo data), driven like the mobile app through the gateway on a free port.
 */
@ExtendWith(LocalStackAvailability.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalPlatformIT {

    private static final Duration PATIENCE = SharedPlatform.PATIENCE;

    static Path dataDirectory;
    static Platform platform;
    static LocalApiClient api;
    static Instant startedAt;

    @BeforeAll
    static void startPlatform() {
        startedAt = Instant.now();
        platform = SharedPlatform.platform();
        dataDirectory = SharedPlatform.dataDirectory();
        api = SharedPlatform.api();
    }

    @Test
    @Order(1)
    void seeding_createdTheDemoAccountsWithTheirRoles() {
        String staffToken = login(DemoAccount.STAFF.phone(), DemoAccount.STAFF.password()).text("accessToken");
        JsonNode staff = api.get("/v1/me", Optional.of(staffToken)).body();
        JsonNode citizen = api.get("/v1/me", Optional.of(login(DemoAccount.CITIZEN.phone(),
                DemoAccount.CITIZEN.password()).text("accessToken"))).body();

        assertThat(staff.path("roles")).extracting(JsonNode::asText).containsExactlyInAnyOrder("citizen", "staff");
        assertThat(citizen.path("realNameVerified").asBoolean()).isTrue();
    }

    @Test
    @Order(2)
    void mobileApp_registersWithAnSmsCode_logsIn_readsItsProfile_andRefreshes() {
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Instant asked = Instant.now();

        LocalApiClient.Response code = api.post("/v1/auth/sms-codes", Map.of("phone", phone, "purpose", "register"),
                Optional.empty());
        String smsCode = Eventually.within(PATIENCE, "an SMS code in /_local/sms", () -> smsCodeFor(phone, asked));
        LocalApiClient.Response registered = api.post("/v1/auth/register", Map.of("phone", phone, "smsCode", smsCode,
                "password", "Correct-Horse-42", "displayName", "E2E Tester"), Optional.empty());
        LocalApiClient.Response login = login(phone, "Correct-Horse-42");
        LocalApiClient.Response me = api.get("/v1/me", Optional.of(login.text("accessToken")));
        LocalApiClient.Response refreshed = api.post("/v1/auth/refresh",
                Map.of("refreshToken", login.text("refreshToken")), Optional.empty());
        LocalApiClient.Response meAgain = api.get("/v1/me", Optional.of(refreshed.text("accessToken")));

        assertThat(code.status()).isEqualTo(202);
        assertThat(registered.status()).isEqualTo(201);
        assertThat(login.status()).isEqualTo(200);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("phone")).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(me.text("displayName")).isEqualTo("E2E Tester");
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.text("refreshToken")).isNotEqualTo(login.text("refreshToken"));
        assertThat(meAgain.text("userId")).isEqualTo(me.text("userId"));
    }

    @Test
    @Order(3)
    void gateway_refusesForgedAndExpiredTokens_beforeAnyFunctionRuns() throws Exception {
        // warm the authorizer's key cache with a valid call, then count what the function sees
        String valid = login(DemoAccount.CITIZEN.phone(), DemoAccount.CITIZEN.password()).text("accessToken");
        assertThat(api.get("/v1/me", Optional.of(valid)).status()).isEqualTo(200);
        long invocationsBefore = invocations("AccountsFunction");
        RSAKey realKey = LocalSecrets.persistentIn(dataDirectory).signingKey();
        RSAKey foreignKey = new RSAKeyGenerator(2048).keyID(realKey.getKeyID()).generate();
        String issuer = "http://localhost:" + platform.port();

        LocalApiClient.Response forged = api.get("/v1/me", Optional.of(token(foreignKey, issuer, "citizen-cloud",
                Instant.now().plusSeconds(600))));
        LocalApiClient.Response expired = api.get("/v1/me", Optional.of(token(realKey, issuer, "citizen-cloud",
                Instant.now().minusSeconds(60))));
        LocalApiClient.Response wrongAudience = api.get("/v1/me", Optional.of(token(realKey, issuer, "someone-else",
                Instant.now().plusSeconds(600))));
        LocalApiClient.Response missing = api.get("/v1/me", Optional.empty());

        for (LocalApiClient.Response refused : List.of(forged, expired, wrongAudience, missing)) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body()).isEqualTo(Json.parse("{\"message\":\"Unauthorized\"}"));
        }
        assertThat(invocations("AccountsFunction")).isEqualTo(invocationsBefore);
    }

    @Test
    @Order(4)
    void unknownRoute_reachesTheDefaultRoute_andAnswers404ProblemJson() {
        LocalApiClient.Response response = api.get("/v1/no-such-thing", Optional.empty());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.text("code")).isEqualTo("NOT_FOUND");
    }

    @Test
    @Order(5)
    void sqsBatch_withOneUndeliverableMessage_deliversTheOthers_andDeadLettersOnlyThatOne() {
        SqsClient sqs = platform.stack().aws().sqs();
        String queue = platform.stack().resources().queueUrl("NotificationsQueue");
        String deadLetters = platform.stack().resources().queueUrl("NotificationsDeadLetterQueue");
        // the template's 60 s visibility and 5 receives would take five minutes: shorten both for this test
        sqs.setQueueAttributes(set -> set.queueUrl(queue).attributes(Map.of(
                QueueAttributeName.VISIBILITY_TIMEOUT, "2",
                QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\""
                        + platform.stack().resources().arn("NotificationsDeadLetterQueue") + "\",\"maxReceiveCount\":\"2\"}")));
        String run = UUID.randomUUID().toString().substring(0, 8);
        String phone = "13700000" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        List<SendMessageBatchRequestEntry> batch = List.of(
                sms("good-1", run, phone), sms("good-2", run, phone), sms("good-3", run, phone),
                SendMessageBatchRequestEntry.builder().id("poison").messageBody(
                        "{\"eventId\":\"poison-" + run + "\",\"type\":\"sms\",\"phone\":\"not-a-phone\",\"text\":\"x\"}")
                        .build());

        sqs.sendMessageBatch(send -> send.queueUrl(queue).entries(batch));

        List<Message> dead = Eventually.within(PATIENCE, "the poison message in the DLQ", () -> {
            List<Message> received = sqs.receiveMessage(receive -> receive.queueUrl(deadLetters)
                    .maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
            return received.isEmpty() ? null : received;
        });
        List<String> delivered = platform.smsLog().deliveredTo(Optional.of(phone)).stream()
                .map(message -> message.text()).toList();

        assertThat(dead).singleElement().satisfies(message -> assertThat(message.body()).contains("poison-" + run));
        assertThat(delivered).containsExactlyInAnyOrder("good-1 " + run, "good-2 " + run, "good-3 " + run);
        assertThat(sqs.getQueueAttributes(get -> get.queueUrl(queue).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .attributes().values()).containsOnly("0");
    }

    @Test
    @Order(6)
    void s3Upload_underTheDeclaredPrefixAndSuffix_invokesTheImportFunction() {
        Optional<SamFunction> importer = platform.stack().template().functions().stream()
                .filter(function -> !function.s3Events().isEmpty()).findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(importer.isPresent(), "no S3 event in the template");
        var source = importer.get().s3Events().get(0);
        String bucket = platform.stack().resolver().resolveString(source.bucket());
        long before = invocations(importer.get().logicalId());

        platform.stack().aws().s3().putObject(put -> put.bucket(bucket).key("elsewhere/ignored.txt"),
                RequestBody.fromString("not for the importer"));
        platform.stack().aws().s3().putObject(put -> put.bucket(bucket).key(source.prefix().orElse("")
                + "e2e-" + UUID.randomUUID() + source.suffix().orElse("")), RequestBody.fromString("header\n"));

        // at least once: the importer may write its own report under the same prefix, which fires again
        Eventually.within(PATIENCE, importer.get().logicalId() + " invoked by the upload",
                () -> invocations(importer.get().logicalId()) > before);
    }

    @Test
    @Order(7)
    void appointments_citizenBooksAFutureSlot_seesIt_cancels_andTheSeatComesBack() {
        String citizen = accessToken(DemoAccount.CITIZEN);
        LocalApiClient.Response providers = api.get("/v1/appointment-providers?type=vaccine", Optional.empty());
        String providerId = providers.body().path("items").path(0).path("providerId").asText();
        LocalDate date = CityTime.dateOf(Instant.now()).plusDays(2); // well before the 2 h cancellation deadline
        JsonNode slot = freeSlot(providerId, date);
        String slotId = slot.path("slotId").asText();
        int remaining = slot.path("remaining").asInt();

        LocalApiClient.Response booked = api.post("/v1/appointments", Map.of("slotId", slotId), Optional.of(citizen));
        int remainingWhileBooked = remaining(providerId, date, slotId);
        LocalApiClient.Response mine = api.get("/v1/appointments", Optional.of(citizen));
        LocalApiClient.Response cancelled = api.delete("/v1/appointments/" + booked.text("appointmentId"),
                Optional.of(citizen));

        assertThat(providers.body().path("items")).extracting(provider -> provider.path("providerId").asText())
                .contains("jinjiang-shuyuan-flu", "jinjiang-niushikou-hpv");
        assertThat(booked.status()).as("booking " + booked.body()).isEqualTo(201);
        assertThat(booked.text("code")).isNotBlank();
        assertThat(booked.text("status")).isEqualTo("booked");
        assertThat(remainingWhileBooked).isEqualTo(remaining - 1);
        assertThat(mine.body().path("items")).anySatisfy(item -> {
            assertThat(item.path("appointmentId").asText()).isEqualTo(booked.text("appointmentId"));
            assertThat(item.path("status").asText()).isEqualTo("booked");
        });
        assertThat(cancelled.status()).as("cancelling " + cancelled.body()).isEqualTo(204);
        Eventually.within(Duration.ofSeconds(10), "remaining of " + slotId + " back to " + remaining,
                () -> remaining(providerId, date, slotId) == remaining);
    }

    @Test
    @Order(8)
    void appointments_needARealNameVerifiedAccount() {
        String unverified = registerCitizen("E2E Unverified");
        String providerId = api.get("/v1/appointment-providers?type=vaccine", Optional.empty()).body()
                .path("items").path(0).path("providerId").asText();
        String slotId = freeSlot(providerId, CityTime.dateOf(Instant.now()).plusDays(3)).path("slotId").asText();

        LocalApiClient.Response refused = api.post("/v1/appointments", Map.of("slotId", slotId),
                Optional.of(unverified));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("REAL_NAME_REQUIRED");
    }

    @Test
    @Order(9)
    void appointments_demoStaffChecksABookingInWithItsCode() {
        String citizen = accessToken(DemoAccount.CITIZEN);
        String staff = accessToken(DemoAccount.STAFF);
        // a hospital department: its own booking scope, whatever the vaccine test above left behind
        String providerId = api.get("/v1/appointment-providers?type=hospital", Optional.empty()).body()
                .path("items").path(0).path("providerId").asText();
        String slotId = freeSlot(providerId, CityTime.dateOf(Instant.now()).plusDays(1)).path("slotId").asText();
        LocalApiClient.Response booked = api.post("/v1/appointments", Map.of("slotId", slotId), Optional.of(citizen));
        String checkIn = "/v1/appointments/" + booked.text("appointmentId") + "/check-in";

        LocalApiClient.Response wrongCode = api.post(checkIn, Map.of("code", "00000000"), Optional.of(staff));
        LocalApiClient.Response checkedIn = api.post(checkIn, Map.of("code", booked.text("code")), Optional.of(staff));
        LocalApiClient.Response mine = api.get("/v1/appointments", Optional.of(citizen));

        assertThat(booked.status()).as("booking " + booked.body()).isEqualTo(201);
        assertThat(wrongCode.status()).isEqualTo(422);
        assertThat(wrongCode.text("code")).isEqualTo("BAD_CODE");
        assertThat(checkedIn.status()).as("check-in " + checkedIn.body()).isEqualTo(200);
        assertThat(checkedIn.text("status")).isEqualTo("checked_in");
        assertThat(mine.body().path("items")).anySatisfy(item -> {
            assertThat(item.path("appointmentId").asText()).isEqualTo(booked.text("appointmentId"));
            assertThat(item.path("status").asText()).isEqualTo("checked_in");
        });
    }

    @Test
    @Order(10)
    void bills_citizenPaysASeededBillWithTheSandbox_getsItsReceipt_andCannotPayItTwice() throws Exception {
        String citizen = accessToken(DemoAccount.CITIZEN);
        JsonNode unpaid = unpaidBills(citizen);
        JsonNode bill = billOf(unpaid, false);
        String billId = bill.path("billId").asText();

        LocalApiClient.Response started = pay(citizen, billId);
        String paymentId = started.text("paymentId");
        // succeeded comes with the callback, receiptUrl a moment later from the receipt worker; failed ends the wait
        JsonNode payment = Eventually.within(PATIENCE, "payment " + paymentId + " settled with a receipt", () -> {
            JsonNode current = api.get("/v1/payments/" + paymentId, Optional.of(citizen)).body();
            String status = current.path("status").asText();
            return status.equals("failed") || status.equals("succeeded") && current.path("receiptUrl").isTextual()
                    ? current : null;
        });
        HttpResponse<String> receipt = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(payment.path("receiptUrl").asText())).build(), HttpResponse.BodyHandlers.ofString());
        LocalApiClient.Response paidBill = api.get("/v1/bills/" + billId, Optional.of(citizen));
        LocalApiClient.Response again = pay(citizen, billId);

        assertThat(unpaid).extracting(item -> item.path("status").asText()).containsOnly("unpaid");
        assertThat(unpaid).extracting(item -> item.path("kind").asText())
                .contains("water", "electricity", "gas", "property", "education");
        assertThat(started.status()).as("paying " + started.body()).isEqualTo(201);
        assertThat(started.text("status")).isEqualTo("pending");
        assertThat(payment.path("status").asText()).as("payment " + payment).isEqualTo("succeeded");
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.body()).containsIgnoringCase("<html").contains(paymentId);
        assertThat(paidBill.text("status")).isEqualTo("paid");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("BILL_ALREADY_PAID");
    }

    @Test
    @Order(11)
    void bills_theSandboxDeclinesItsTestAccount_andTheBillStaysUnpaid() {
        String citizen = accessToken(DemoAccount.CITIZEN);
        String billId = billOf(unpaidBills(citizen), true).path("billId").asText();

        LocalApiClient.Response started = pay(citizen, billId);
        JsonNode payment = Eventually.within(PATIENCE, "the declined payment settled", () -> {
            JsonNode current = api.get("/v1/payments/" + started.text("paymentId"), Optional.of(citizen)).body();
            return current.path("status").asText().equals("pending") ? null : current;
        });

        assertThat(started.status()).as("paying " + started.body()).isEqualTo(201);
        assertThat(payment.path("status").asText()).isEqualTo("failed");
        assertThat(payment.path("failureReason").asText()).isEqualTo("card_declined");
        assertThat(api.get("/v1/bills/" + billId, Optional.of(citizen)).text("status")).isEqualTo("unpaid");
    }

    @Test
    @Order(12)
    void schedule_firesItsFunction() {
        SamFunction scheduled = platform.stack().template().functions().stream()
                .filter(function -> function.schedules().stream().anyMatch(schedule -> schedule.enabled()))
                .findFirst().orElseThrow(() -> new AssertionError("the template has no enabled schedule"));

        // rate(1 minute): the first firing is one minute after the platform started; the tests
        // ordered before this one run during that minute
        Eventually.within(Duration.ofSeconds(150), scheduled.logicalId() + " invoked by its schedule",
                () -> invocations(scheduled.logicalId()) > 0);
    }

    @Test
    @Order(13)
    void corsPreflight_isAnsweredByTheGateway() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(platform.apiUrl() + "/v1/me"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://app.example").header("Access-Control-Request-Method", "PATCH").build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("PATCH");
    }

    private static SendMessageBatchRequestEntry sms(String id, String run, String phone) {
        return SendMessageBatchRequestEntry.builder().id(id).messageBody(Json.text(Map.of("eventId", id + "-" + run,
                "type", "sms", "phone", phone, "text", id + " " + run))).build();
    }

    private static LocalApiClient.Response login(String phone, String password) {
        return SharedPlatform.login(phone, password);
    }

    private static String accessToken(DemoAccount account) {
        return SharedPlatform.accessToken(account);
    }

    private static String registerCitizen(String displayName) {
        return SharedPlatform.registerCitizen(displayName);
    }

    private static JsonNode unpaidBills(String token) {
        LocalApiClient.Response bills = api.get("/v1/bills?status=unpaid&limit=100", Optional.of(token));
        assertThat(bills.status()).as("bills " + bills.body()).isEqualTo(200);
        return bills.body().path("items");
    }

    /** A seeded bill of the sandbox's declining test account ({@code DECLINE...}), or of any other account. */
    private static JsonNode billOf(JsonNode bills, boolean declining) {
        for (JsonNode bill : bills) {
            if (bill.path("accountNumber").asText().startsWith("DECLINE") == declining) {
                return bill;
            }
        }
        throw new AssertionError("no unpaid demo bill " + (declining ? "of" : "outside") + " a DECLINE account: " + bills);
    }

    private static LocalApiClient.Response pay(String token, String billId) {
        return api.post("/v1/bills/" + billId + "/payments", Map.of("method", "sandbox"), Optional.of(token),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    private static JsonNode slotsOf(String providerId, LocalDate date) {
        LocalApiClient.Response slots = api.get("/v1/appointment-providers/" + providerId + "/slots?limit=100&date="
                + date, Optional.empty());
        assertThat(slots.status()).as("slots " + slots.body()).isEqualTo(200);
        return slots.body().path("items");
    }

    private static JsonNode freeSlot(String providerId, LocalDate date) {
        for (JsonNode slot : slotsOf(providerId, date)) {
            if (slot.path("remaining").asInt() > 0) {
                return slot;
            }
        }
        throw new AssertionError("no free slot of " + providerId + " on " + date);
    }

    private static int remaining(String providerId, LocalDate date, String slotId) {
        for (JsonNode slot : slotsOf(providerId, date)) {
            if (slot.path("slotId").asText().equals(slotId)) {
                return slot.path("remaining").asInt();
            }
        }
        throw new AssertionError("no slot " + slotId + " on " + date);
    }

    private static String smsCodeFor(String phone, Instant since) {
        return SharedPlatform.smsCodeFor(phone, since);
    }

    private static long invocations(String function) {
        for (JsonNode item : api.get("/_local/functions", Optional.empty()).body().path("items")) {
            if (item.path("function").asText().equals(function)) {
                return item.path("invocations").asLong();
            }
        }
        throw new AssertionError("no " + function + " in /_local/functions");
    }

    private static String token(RSAKey key, String issuer, String audience, Instant expiresAt) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(new JOSEObjectType("at+jwt")).build(), new JWTClaimsSet.Builder().issuer(issuer).audience(audience)
                .subject("someone").issueTime(Date.from(Instant.now().minusSeconds(900)))
                .expirationTime(Date.from(expiresAt)).claim("roles", List.of("citizen")).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
