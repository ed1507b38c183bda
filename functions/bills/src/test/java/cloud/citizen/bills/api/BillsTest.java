package cloud.citizen.bills.api;

import static cloud.citizen.bills.testing.BillsFixtures.billId;
import static cloud.citizen.bills.testing.BillsFixtures.bind;
import static cloud.citizen.bills.testing.BillsFixtures.importCsv;
import static cloud.citizen.bills.testing.BillsFixtures.newAccount;
import static cloud.citizen.bills.testing.BillsFixtures.newProvider;
import static cloud.citizen.bills.testing.BillsFixtures.newUser;
import static cloud.citizen.bills.testing.BillsFixtures.tokens;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cloud.citizen.bills.testing.BillsFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@EmulatedAwsTest(parameters = BillsFixtures.SANDBOX_ON)
class BillsTest {

    @Test
    void list_showsTheBillsOfBoundAccountsOnly_unpaidFirstNewestFirst() {
        String provider = newProvider();
        String water = newAccount();
        String gas = newAccount();
        String notMine = newAccount();
        importCsv(provider + "," + water + ",water,2026-09,4630,2026-10-25\n"
                + provider + "," + water + ",water,2026-10,5180,2026-11-25\n"
                + provider + "," + gas + ",gas,2026-10,8900,2026-11-20\n"
                + provider + "," + notMine + ",gas,2026-10,1,2026-11-20\n");
        String token = tokens().citizen(newUser());
        bind(token, provider, water).then().statusCode(201);
        bind(token, provider, gas).then().statusCode(201);
        BillsFixtures.markPaid(billId(provider, water, "2026-09"));

        JsonPath page = given().auth().oauth2(token).get("/v1/bills").then().statusCode(200).extract().jsonPath();

        assertThat(page.getList("items.billId")).containsExactlyInAnyOrder(billId(provider, water, "2026-09"),
                billId(provider, water, "2026-10"), billId(provider, gas, "2026-10"));
        assertThat(page.getString("nextCursor")).isNull();
        Map<String, Object> first = page.getMap("items[0]");
        assertThat(first).containsKeys("billId", "provider", "kind", "period", "amountFen", "status", "dueDate");
        List<String> waterBills = page.getList("items.findAll { it.accountNumber == '" + water + "' }.period");
        assertThat(waterBills).containsExactly("2026-10", "2026-09");
    }

    @Test
    void list_byStatus_filters() {
        String provider = newProvider();
        String account = newAccount();
        importCsv(provider + "," + account + ",electricity,2026-09,100,2026-10-25\n"
                + provider + "," + account + ",electricity,2026-10,200,2026-11-25\n");
        String token = tokens().citizen(newUser());
        bind(token, provider, account).then().statusCode(201);
        BillsFixtures.markPaid(billId(provider, account, "2026-09"));

        given().auth().oauth2(token).queryParam("status", "paid").get("/v1/bills").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].period", equalTo("2026-09"))
                .body("items[0].status", equalTo("paid"));
        given().auth().oauth2(token).queryParam("status", "unpaid").get("/v1/bills").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].period", equalTo("2026-10"))
                .body("items[0].kind", equalTo("electricity")).body("items[0].amountFen", equalTo(200));
    }

    @Test
    void list_pagesAcrossAccounts_withOpaqueCursors() {
        String provider = newProvider();
        String token = tokens().citizen(newUser());
        StringBuilder csv = new StringBuilder();
        List<String> accounts = List.of(newAccount(), newAccount(), newAccount());
        for (String account : accounts) {
            for (int month = 1; month <= 3; month++) {
                csv.append(provider).append(',').append(account).append(",water,2026-0").append(month)
                        .append(",100,2026-12-01\n");
            }
        }
        importCsv(csv.toString());
        accounts.forEach(account -> bind(token, provider, account).then().statusCode(201));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(token).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/v1/bills").then().statusCode(200).extract().jsonPath();
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(2);
            seen.addAll(page.getList("items.billId"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(seen).hasSize(9).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo(5);
    }

    @Test
    void get_ownBill_returns200() {
        var household = BillsFixtures.household(12850);

        given().auth().oauth2(household.token()).get("/v1/bills/" + household.billId()).then().statusCode(200)
                .body("billId", equalTo(household.billId())).body("provider", equalTo(household.provider()))
                .body("kind", equalTo("water")).body("period", equalTo(BillsFixtures.PERIOD))
                .body("amountFen", equalTo(12850)).body("status", equalTo("unpaid"))
                .body("dueDate", equalTo("2026-11-25"));
    }

    @Test
    void get_unknownBill_returns404BillNotFound() {
        given().auth().oauth2(tokens().citizen(newUser())).get("/v1/bills/bill_000000000000000000000000").then()
                .statusCode(404).body("code", equalTo("BILL_NOT_FOUND"));
        given().auth().oauth2(tokens().citizen(newUser())).get("/v1/bills/whatever").then()
                .statusCode(404).body("code", equalTo("BILL_NOT_FOUND"));
    }

    @Test
    void list_forCitizenWithoutAccounts_isEmpty() {
        given().auth().oauth2(tokens().citizen(newUser())).get("/v1/bills").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("nextCursor", nullValue());
    }
}
