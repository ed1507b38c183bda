package cloud.citizen.bills.api;

import static cloud.citizen.bills.testing.BillsFixtures.HOLDER;
import static cloud.citizen.bills.testing.BillsFixtures.bind;
import static cloud.citizen.bills.testing.BillsFixtures.importBill;
import static cloud.citizen.bills.testing.BillsFixtures.newAccount;
import static cloud.citizen.bills.testing.BillsFixtures.newProvider;
import static cloud.citizen.bills.testing.BillsFixtures.newUser;
import static cloud.citizen.bills.testing.BillsFixtures.tokens;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.bills.testing.BillsFixtures;
import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Binding proves the household by the holder's name; a household may bind one account several times. */
@QuarkusTest
@EmulatedAwsTest(parameters = BillsFixtures.SANDBOX_ON)
class BillAccountsTest {

    @Test
    void bind_withTheHoldersName_returns201WithTheNameMasked() {
        String provider = newProvider();
        String account = newAccount();
        importBill(provider, account, 4630);

        bind(tokens().citizen(newUser()), provider, account).then().statusCode(201)
                .body("provider", equalTo(provider)).body("accountNumber", equalTo(account))
                .body("holderName", equalTo("张*明"))
                .body("boundAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "张 三明", "\u3000张三明\u3000", " 张  三 明 " })
    void bind_holdersNameWithOtherSpacing_matches(String typed) {
        String provider = newProvider();
        String account = newAccount();
        importBill(provider, account, 4630);

        bind(tokens().citizen(newUser()), provider, account, typed).then().statusCode(201)
                .body("holderName", equalTo("张*明"));
    }

    @Test
    void bind_unknownAccount_andWrongHolder_getTheSameAnswer_andNothingTypedIsStored() {
        String provider = newProvider();
        String account = newAccount();
        importBill(provider, account, 4630);
        String wrongName = "错名字" + BillsFixtures.newId();

        Response unknown = bind(tokens().citizen(newUser()), provider, newAccount());
        Response wrongHolder = bind(tokens().citizen(newUser()), provider, account, wrongName);

        unknown.then().statusCode(404).contentType("application/problem+json").body("code", equalTo("ACCOUNT_NOT_FOUND"));
        wrongHolder.then().statusCode(404).contentType("application/problem+json");
        assertThat(wrongHolder.asString()).isEqualTo(unknown.asString());
        assertThat(bindingsOf(provider, account)).isZero();
        assertThat(BillsFixtures.dynamo().scan(scan -> scan.tableName(BillsFixtures.table())).items())
                .noneMatch(item -> item.values().stream().map(AttributeValue::s)
                        .anyMatch(value -> value != null && value.contains(wrongName)));
    }

    @Test
    void bind_byTwoCitizensOfAHousehold_bothSeeTheBill_andEitherMayPay() {
        var household = BillsFixtures.household(4630);
        String partner = tokens().citizen(newUser());

        bind(partner, household.provider(), household.account()).then().statusCode(201);

        given().auth().oauth2(household.token()).get("/v1/bills/" + household.billId()).then().statusCode(200);
        given().auth().oauth2(partner).get("/v1/bills/" + household.billId()).then().statusCode(200);
        BillsFixtures.pay(partner, household.billId(), "sandbox", BillsFixtures.newIdempotencyKey()).then()
                .statusCode(201);
    }

    @Test
    void bind_anAccountThisCitizenBoundAlready_returns409AccountAlreadyBound() {
        var household = BillsFixtures.household(4630);

        bind(household.token(), household.provider(), household.account()).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("ACCOUNT_ALREADY_BOUND"));
    }

    @Test
    void tenFailedBindsADay_thenEvenTheRightNameIs429_withRetryAfter() {
        var household = BillsFixtures.household(4630);
        String token = tokens().citizen(newUser());
        for (int i = 0; i < 10; i++) {
            bind(token, household.provider(), household.account(), "李四").then().statusCode(404);
        }

        bind(token, household.provider(), household.account()).then().statusCode(429)
                .contentType("application/problem+json").body("code", equalTo("TOO_MANY_ATTEMPTS"))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        assertThat(bindingsOf(household.provider(), household.account())).isEqualTo(1);
    }

    @Test
    void successfulAndRepeatedBinds_doNotCountAsFailures() {
        String provider = newProvider();
        String token = tokens().citizen(newUser());
        for (int i = 0; i < 9; i++) {
            bind(token, provider, newAccount(), HOLDER).then().statusCode(404);
        }
        String account = newAccount();
        importBill(provider, account, 4630);

        bind(token, provider, account).then().statusCode(201);
        bind(token, provider, account).then().statusCode(409);
        bind(token, provider, newAccount()).then().statusCode(404);
        bind(token, provider, newAccount()).then().statusCode(429);
    }

    @Test
    void thirtyConcurrentWrongBinds_exactlyTenAreEvaluated_theRestGet429() throws Exception {
        var household = BillsFixtures.household(4630);
        String token = tokens().citizen(newUser());

        List<Integer> statuses = Concurrently.run(30,
                i -> bind(token, household.provider(), household.account(), "王五" + i).statusCode());

        assertThat(statuses.stream().filter(status -> status == 404)).hasSize(10);
        assertThat(statuses.stream().filter(status -> status == 429)).hasSize(20);
    }

    @Test
    void list_showsMyBoundAccounts_maskedAndPaged_andACursorServesOnlyItsOwnList() {
        String provider = newProvider();
        String token = tokens().citizen(newUser());
        List<String> accounts = List.of(newAccount(), newAccount(), newAccount());
        accounts.forEach(account -> importBill(provider, account, 100));
        accounts.forEach(account -> bind(token, provider, account).then().statusCode(201));

        JsonPath all = given().auth().oauth2(token).get("/v1/bill-accounts").then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("items.accountNumber")).containsExactlyInAnyOrderElementsOf(accounts);
        assertThat(all.getList("items.holderName")).containsOnly("张*明");
        assertThat(all.getString("nextCursor")).isNull();

        String cursor = given().auth().oauth2(token).queryParam("limit", 2).get("/v1/bill-accounts").then()
                .statusCode(200).body("items.size()", equalTo(2)).extract().path("nextCursor");
        given().auth().oauth2(token).queryParam("limit", 2).queryParam("cursor", cursor).get("/v1/bill-accounts")
                .then().statusCode(200).body("items.size()", equalTo(1));
        given().auth().oauth2(tokens().citizen(newUser())).queryParam("cursor", cursor).get("/v1/bill-accounts")
                .then().statusCode(400).body("code", equalTo("INVALID_CURSOR"));
        given().auth().oauth2(token).queryParam("cursor", cursor).get("/v1/payments").then().statusCode(400)
                .body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void unbind_hidesAndStopsPayingTheBills_forThatCitizenOnly() {
        var household = BillsFixtures.household(4630);
        String partner = tokens().citizen(newUser());
        bind(partner, household.provider(), household.account()).then().statusCode(201);
        String path = "/v1/bill-accounts/" + household.provider() + "/" + household.account();

        given().auth().oauth2(household.token()).delete(path).then().statusCode(204);

        given().auth().oauth2(household.token()).get("/v1/bills/" + household.billId()).then().statusCode(404);
        given().auth().oauth2(household.token()).get("/v1/bills").then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(household.token()).get("/v1/bill-accounts").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("nextCursor", nullValue());
        BillsFixtures.pay(household.token(), household.billId(), "sandbox", BillsFixtures.newIdempotencyKey()).then()
                .statusCode(404).body("code", equalTo("BILL_NOT_FOUND"));
        given().auth().oauth2(partner).get("/v1/bills/" + household.billId()).then().statusCode(200);
        BillsFixtures.pay(partner, household.billId(), "sandbox", BillsFixtures.newIdempotencyKey()).then()
                .statusCode(201);
        given().auth().oauth2(household.token()).delete(path).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("ACCOUNT_NOT_FOUND"));
    }

    @Test
    void unbind_anAccountNeverBound_returns404() {
        var household = BillsFixtures.household(4630);

        given().auth().oauth2(tokens().citizen(newUser()))
                .delete("/v1/bill-accounts/" + household.provider() + "/" + household.account()).then().statusCode(404)
                .body("code", equalTo("ACCOUNT_NOT_FOUND"));
        assertThat(bindingsOf(household.provider(), household.account())).isEqualTo(1);
    }

    private static int bindingsOf(String provider, String account) {
        return BillsFixtures.dynamo().query(query -> query.tableName(BillsFixtures.table()).select("COUNT")
                .keyConditionExpression("pk = :account AND begins_with(sk, :binding)")
                .expressionAttributeValues(Map.of(":account", AttributeValue.fromS("ACCOUNT#" + provider + "#" + account),
                        ":binding", AttributeValue.fromS("BINDING#")))).count();
    }
}
