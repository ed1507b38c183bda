package cloud.citizen.bills.api;

import static cloud.citizen.bills.testing.BillsFixtures.bind;
import static cloud.citizen.bills.testing.BillsFixtures.importBill;
import static cloud.citizen.bills.testing.BillsFixtures.newAccount;
import static cloud.citizen.bills.testing.BillsFixtures.newProvider;
import static cloud.citizen.bills.testing.BillsFixtures.newUser;
import static cloud.citizen.bills.testing.BillsFixtures.tokens;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@EmulatedAwsTest
class BillAccountsTest {

    @Test
    void bind_accountTheProviderLoaded_returns201() {
        String provider = newProvider();
        String account = newAccount();
        importBill(provider, account, 4630);

        bind(tokens().citizen(newUser()), provider, account).then().statusCode(201)
                .body("provider", equalTo(provider)).body("accountNumber", equalTo(account))
                .body("boundAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00"));
    }

    @Test
    void bind_accountNoProviderLoaded_returns404AccountNotFound() {
        bind(tokens().citizen(newUser()), newProvider(), newAccount()).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("ACCOUNT_NOT_FOUND"));
    }

    @Test
    void bind_accountBoundToSomeoneElse_returns409AccountAlreadyBound() {
        String provider = newProvider();
        String account = newAccount();
        importBill(provider, account, 4630);
        bind(tokens().citizen(newUser()), provider, account).then().statusCode(201);

        bind(tokens().citizen(newUser()), provider, account).then().statusCode(409)
                .body("code", equalTo("ACCOUNT_ALREADY_BOUND"));
    }

    @Test
    void bind_ownAccountAgain_isFine() {
        String provider = newProvider();
        String account = newAccount();
        importBill(provider, account, 4630);
        String token = tokens().citizen(newUser());
        bind(token, provider, account).then().statusCode(201);

        bind(token, provider, account).then().statusCode(201);
    }
}
