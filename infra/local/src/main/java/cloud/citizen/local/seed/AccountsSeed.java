package cloud.citizen.local.seed;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The demo accounts, created the way a person would: request an SMS code, read it from the
 * delivery log, register, verify the real name with a made-up ID number whose GB 11643 check
 * character is right. Roles and served communities have no public API (operators grant them), so
 * they are written straight onto the profile item of AccountsTable, per the key design in
 * {@code functions/accounts/.../store/AccountsTable.java}: {@code pk = USER#{userId}},
 * {@code sk = PROFILE}, attributes {@code roles} and {@code communities} (string sets). Tokens carry
 * roles, so the account logs in again afterwards.
 */
public final class AccountsSeed implements SeedStep {

    private static final Logger LOG = Logger.getLogger(AccountsSeed.class.getName());
    /** Jinjiang District, Chengdu; born 1990-03-07; sequence 001. Made up; the check character is computed. */
    static final String DEMO_ID_NUMBER = withCheckCharacter("51010419900307001");
    static final String DEMO_REAL_NAME = "张演示";

    @Override
    public String function() {
        return "AccountsFunction";
    }

    @Override
    public void seed(SeedContext context) {
        for (DemoAccount account : DemoAccount.ALL) {
            seedAccount(context, account);
        }
    }

    private void seedAccount(SeedContext context, DemoAccount account) {
        LocalApiClient api = context.api();
        String token = login(api, account).orElseGet(() -> register(context, account));
        JsonNode me = me(api, token);
        boolean verifiedNow = false;
        if (account.realNameVerified() && !me.path("realNameVerified").asBoolean()) {
            LocalApiClient.Response verified = api.post("/v1/me/real-name",
                    Map.of("name", DEMO_REAL_NAME, "idNumber", DEMO_ID_NUMBER), Optional.of(token));
            require(verified, 200, "real-name verification of " + account.displayName());
            verifiedNow = true;
        }
        Set<String> roles = new HashSet<>();
        me.path("roles").forEach(role -> roles.add(role.asText()));
        boolean rolesChanged = !roles.equals(account.roles()) || !account.communities().isEmpty();
        if (rolesChanged) {
            grantRoles(context, me.path("userId").asText(), account);
        }
        // the remembered token must already say "verified" and carry the roles: other seeds use it
        if (verifiedNow || rolesChanged) {
            token = login(api, account).orElseThrow(() -> new IllegalStateException(account.displayName()
                    + " cannot log in after the verification or role update"));
        }
        context.rememberAccessToken(account, token);
        LOG.fine(() -> "demo account ready: " + account.describe());
    }

    private static Optional<String> login(LocalApiClient api, DemoAccount account) {
        LocalApiClient.Response login = api.post("/v1/auth/login",
                Map.of("phone", account.phone(), "password", account.password()), Optional.empty());
        if (login.status() == 200) {
            return Optional.of(login.text("accessToken"));
        }
        if (login.status() == 401) {
            return Optional.empty();
        }
        throw new IllegalStateException("login of " + account.displayName() + " answered " + login.status() + " "
                + login.body());
    }

    private static String register(SeedContext context, DemoAccount account) {
        LocalApiClient api = context.api();
        Instant requested = Instant.now();
        LocalApiClient.Response code = api.post("/v1/auth/sms-codes",
                Map.of("phone", account.phone(), "purpose", "register"), Optional.empty());
        if (code.status() == 429) {
            // a code went out less than a minute ago (an interrupted earlier seeding): it is still valid
            requested = requested.minus(Duration.ofMinutes(5));
        } else {
            require(code, 202, "SMS code for " + account.displayName());
        }
        String smsCode = context.awaitSmsCode(account.phone(), requested, Duration.ofSeconds(90));
        LocalApiClient.Response registered = api.post("/v1/auth/register", Map.of("phone", account.phone(),
                "smsCode", smsCode, "password", account.password(), "displayName", account.displayName()),
                Optional.empty());
        require(registered, 201, "registration of " + account.displayName());
        return registered.text("accessToken");
    }

    private static JsonNode me(LocalApiClient api, String token) {
        LocalApiClient.Response me = api.get("/v1/me", Optional.of(token));
        require(me, 200, "GET /v1/me");
        return me.body();
    }

    private static void grantRoles(SeedContext context, String userId, DemoAccount account) {
        String table = context.stack().environmentOf("AccountsFunction").get("ACCOUNTS_TABLE");
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        values.put(":roles", AttributeValue.fromSs(account.roles().stream().sorted().toList()));
        String update = "SET #roles = :roles";
        Map<String, String> names = new LinkedHashMap<>(Map.of("#roles", "roles", "#communities", "communities"));
        if (account.communities().isEmpty()) {
            update += " REMOVE #communities";
        } else {
            values.put(":communities", AttributeValue.fromSs(account.communities().stream().sorted().toList()));
            update += ", #communities = :communities";
        }
        String expression = update;
        context.stack().aws().dynamoDb().updateItem(item -> item.tableName(table)
                .key(Map.of("pk", AttributeValue.fromS("USER#" + userId), "sk", AttributeValue.fromS("PROFILE")))
                .updateExpression(expression).conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(names).expressionAttributeValues(values));
    }

    private static void require(LocalApiClient.Response response, int status, String what) {
        if (response.status() != status) {
            throw new IllegalStateException(what + " answered " + response.status() + " " + response.body());
        }
    }

    /** GB 11643: weights 2^(17-i) mod 11 over the first 17 digits; the sum mod 11 picks from "10X98765432". */
    static String withCheckCharacter(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
