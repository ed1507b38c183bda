package cloud.citizen.bills.api;

import static cloud.citizen.bills.testing.BillsFixtures.HOLDER;
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

import java.util.List;

import org.junit.jupiter.api.Test;

import cloud.citizen.bills.domain.HolderName;
import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.bills.testing.BillsFixtures;
import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A provider's file that names a new holder (the flat was sold) ends the former household's
 * bindings: its members no longer see or pay the new household's bills. The new household binds
 * with the new name and keeps its bindings, whatever file comes after. Each citizen whose binding
 * ended is told once (a user-message on NotificationsQueue).
 */
@QuarkusTest
@EmulatedAwsTest(parameters = BillsFixtures.SANDBOX_ON)
class HolderChangeTest {
    private static final String NEW_HOLDER = "李新户";

    @Test
    void aNewHolderInTheNextFile_endsTheFormerHouseholdsBinding_andTheNewHouseholdKeepsItsOwn() {
        String provider = newProvider();
        String account = newAccount();
        String formerUserId = newUser();
        String formerResident = tokens().citizen(formerUserId);
        importCsv(row(provider, account, "2026-10", HOLDER));
        bind(formerResident, provider, account).then().statusCode(201);
        String november = row(provider, account, "2026-11", NEW_HOLDER);

        importCsv(november);

        given().auth().oauth2(formerResident).get("/v1/bill-accounts").then().statusCode(200)
                .body("items.size()", equalTo(0));
        given().auth().oauth2(formerResident).get("/v1/bills").then().statusCode(200).body("items.size()", equalTo(0));
        for (String period : List.of("2026-10", "2026-11")) {
            given().auth().oauth2(formerResident).get("/v1/bills/" + billId(provider, account, period)).then()
                    .statusCode(404).body("code", equalTo("BILL_NOT_FOUND"));
        }
        bind(formerResident, provider, account).then().statusCode(404).body("code", equalTo("ACCOUNT_NOT_FOUND"));
        String newResident = tokens().citizen(newUser());
        bind(newResident, provider, account, NEW_HOLDER).then().statusCode(201);
        importCsv(november); // the same file again
        given().auth().oauth2(newResident).get("/v1/bill-accounts").then().statusCode(200)
                .body("items.accountNumber", equalTo(List.of(account))).body("items[0].holderName", equalTo("李*户"));
        assertThat(given().auth().oauth2(newResident).get("/v1/bills").then().statusCode(200).extract().jsonPath()
                .getList("items.period", String.class)).containsExactlyInAnyOrder("2026-10", "2026-11");
        given().auth().oauth2(newResident).get("/v1/bills/" + billId(provider, account, "2026-11")).then()
                .statusCode(200);
        // told once, by the import function as template.yaml configures it, with the account masked
        String masked = new ProviderAccount(provider, account).maskedAccountNumber();
        assertThat(BillsFixtures.takeUserMessages(provider + "，户号 " + masked)).containsOnlyKeys(formerUserId)
                .allSatisfy((userId, eventIds) -> assertThat(eventIds).hasSize(1));
    }

    @Test
    void anOlderFileAfterANewerOne_keepsTheNewerHolder_andEndsNobodysBinding() {
        String provider = newProvider();
        String account = newAccount();
        importCsv(row(provider, account, "2026-12", NEW_HOLDER));
        String resident = tokens().citizen(newUser());
        bind(resident, provider, account, NEW_HOLDER).then().statusCode(201);

        importCsv(row(provider, account, "2026-11", HOLDER)); // last month's file, dropped again

        given().auth().oauth2(resident).get("/v1/bills/" + billId(provider, account, "2026-11")).then().statusCode(200);
        bind(tokens().citizen(newUser()), provider, account, HOLDER).then().statusCode(404);
        bind(tokens().citizen(newUser()), provider, account, NEW_HOLDER).then().statusCode(201);
        assertThat(bindingFingerprints(provider, account)).hasSize(2);
    }

    /**
     * The conditions decide, not the timing: a bind that passed its check against the former holder
     * was written before the account changed, so the import's consistent read finds it and ends it;
     * a later one fails its check.
     */
    @Test
    void bindsUnderTheFormerHolder_racingTheImportThatChangesIt_noneSurvive() throws Exception {
        String provider = newProvider();
        String account = newAccount();
        importCsv(row(provider, account, "2026-10", HOLDER));
        for (int i = 0; i < 10; i++) { // certainly before the change: the race has bindings to end
            bind(tokens().citizen(newUser()), provider, account).then().statusCode(201);
        }
        int importAt = 60;

        List<Integer> statuses = Concurrently.run(121, 16, i -> {
            if (i == importAt) {
                importCsv(row(provider, account, "2026-11", NEW_HOLDER));
                return 0;
            }
            return bind(tokens().citizen(newUser()), provider, account, i % 3 == 0 ? NEW_HOLDER : HOLDER).statusCode();
        });

        assertThat(statuses).containsOnly(0, 201, 404);
        String newHolder = HolderName.parse(NEW_HOLDER).orElseThrow().fingerprint(new ProviderAccount(provider, account));
        assertThat(bindingFingerprints(provider, account)).isNotEmpty().containsOnly(newHolder);
    }

    private static String row(String provider, String account, String period, String holder) {
        return provider + "," + account + ",water," + period + ",4630,2027-01-25," + holder + "\n";
    }

    private static List<String> bindingFingerprints(String provider, String account) {
        return BillsFixtures.bindingsOf(new ProviderAccount(provider, account)).stream()
                .map(item -> item.get("holderFingerprint").s()).toList();
    }
}
