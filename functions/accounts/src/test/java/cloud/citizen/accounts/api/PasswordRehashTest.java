package cloud.citizen.accounts.api;

import static cloud.citizen.accounts.testing.AccountsFixtures.login;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.accounts.service.AccountStore;
import cloud.citizen.accounts.store.DynamoAccountStore;
import cloud.citizen.accounts.store.crypto.Argon2idParameters;
import cloud.citizen.accounts.store.crypto.Argon2idPasswordHasher;
import cloud.citizen.accounts.testing.AccountsFixtures;
import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/** A hash made with other Argon2id parameters is replaced by a current one at the next password login. */
@QuarkusTest
@EmulatedAwsTest(parameters = AccountsFixtures.ONE_CLIENT_ADDRESS)
class PasswordRehashTest {

    /** Parameters the function does not use, standing in for those of an earlier version. */
    private static final Argon2idPasswordHasher EARLIER = new Argon2idPasswordHasher(new Argon2idParameters(1024, 1, 1));
    private static final Argon2idPasswordHasher CURRENT = new Argon2idPasswordHasher();

    @Test
    void login_withAHashOfEarlierParameters_succeedsAndStoresACurrentHashOfTheSamePassword() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String userId = withAnEarlierHash(citizen);

        login(citizen.phone(), citizen.password()).then().statusCode(200);

        assertStoredHashIsCurrent(citizen, userId);
    }

    @Test
    void login_withACurrentHash_leavesItAsItIs() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String userId = userIdOf(citizen.phone());
        String registered = storedPasswordHash(userId);

        login(citizen.phone(), citizen.password()).then().statusCode(200);

        assertThat(storedPasswordHash(userId)).isEqualTo(registered);
    }

    @Test
    void login_withAWrongPassword_leavesAnEarlierHashAsItIs() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String userId = userIdOf(citizen.phone());
        String earlier = EARLIER.hash(citizen.password());
        storePasswordHash(userId, earlier);

        login(citizen.phone(), "Wrong#Password1").then().statusCode(401);

        assertThat(storedPasswordHash(userId)).isEqualTo(earlier);
    }

    @Test
    void login_fiveAtOnceWithAnEarlierHash_allSucceedAndTheStoredHashIsACurrentOneOfThePassword() throws Exception {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String userId = withAnEarlierHash(citizen);

        List<Integer> statuses = Concurrently.run(5, i -> login(citizen.phone(), citizen.password())
                .then().extract().statusCode());

        assertThat(statuses).containsOnly(200);
        assertStoredHashIsCurrent(citizen, userId);
    }

    @Test
    void replacePasswordHash_whenTheStoredHashChangedSinceItWasRead_keepsTheNewerOne() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String userId = userIdOf(citizen.phone());
        String readByALogin = storedPasswordHash(userId);
        String storedMeanwhile = CURRENT.hash("Changed#Password2026");
        storePasswordHash(userId, storedMeanwhile);

        boolean replaced = accountStore().replacePasswordHash(userId, readByALogin, CURRENT.hash(citizen.password()));

        assertThat(replaced).isFalse();
        assertThat(storedPasswordHash(userId)).isEqualTo(storedMeanwhile);
    }

    /** Stores a hash of the citizen's password made with {@link #EARLIER} parameters; the citizen's user id. */
    private static String withAnEarlierHash(AccountsFixtures.Registered citizen) {
        String userId = userIdOf(citizen.phone());
        storePasswordHash(userId, EARLIER.hash(citizen.password()));
        return userId;
    }

    /** The stored hash has the current parameters, is one of the citizen's password, and logs in. */
    private static void assertStoredHashIsCurrent(AccountsFixtures.Registered citizen, String userId) {
        String stored = storedPasswordHash(userId);
        assertThat(CURRENT.needsRehash(stored)).isFalse();
        assertThat(CURRENT.verify(citizen.password(), stored)).isTrue();
        login(citizen.phone(), citizen.password()).then().statusCode(200);
    }

    private static AccountStore accountStore() {
        return new DynamoAccountStore(dynamo(), AccountsFixtures.table(), null, null, null);
    }

    private static String userIdOf(String phone) {
        return dynamo().getItem(get -> get.tableName(AccountsFixtures.table().name()).key(Map.of(
                "pk", AttributeValue.fromS("PHONE#" + AccountsFixtures.phoneKey(phone)),
                "sk", AttributeValue.fromS("PHONE")))).item().get("userId").s();
    }

    private static String storedPasswordHash(String userId) {
        return dynamo().getItem(get -> get.tableName(AccountsFixtures.table().name()).key(profileKey(userId))
                .consistentRead(true)).item().get("passwordHash").s();
    }

    private static void storePasswordHash(String userId, String hash) {
        dynamo().updateItem(u -> u.tableName(AccountsFixtures.table().name()).key(profileKey(userId))
                .updateExpression("SET passwordHash = :hash")
                .expressionAttributeValues(Map.of(":hash", AttributeValue.fromS(hash))));
    }

    private static Map<String, AttributeValue> profileKey(String userId) {
        return Map.of("pk", AttributeValue.fromS("USER#" + userId), "sk", AttributeValue.fromS("PROFILE"));
    }

    private static DynamoDbClient dynamo() {
        return EmulatedAwsResource.aws().dynamoDb();
    }
}
