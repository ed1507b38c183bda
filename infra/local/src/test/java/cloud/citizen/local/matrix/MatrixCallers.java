package cloud.citizen.local.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.local.Eventually;
import cloud.citizen.local.platform.SharedPlatform;
import cloud.citizen.local.seed.DemoAccount;

/**
 * The real accounts behind the matrix's columns: the demo citizen, and new accounts registered
 * the way the app does it (SMS code, register, real name), with roles granted the way operators
 * do (on the account's profile, as the seeds do), then logged in again so their tokens carry them.
 */
public final class MatrixCallers {
    private static final String PASSWORD = "Correct-Horse-42";

    /** A signed-in account: its access token, user id and display name. */
    public record Account(String token, String userId, String displayName) {
    }

    private final MatrixTarget target;
    private final MatrixHttp http;
    private final Map<Caller, Account> accounts = new EnumMap<>(Caller.class);

    public MatrixCallers(MatrixTarget target) {
        this.target = target;
        this.http = target.http();
    }

    /** Everyone of the matrix; {@code community} is the run's own community, served by the staff column. */
    public MatrixCallers signIn(String community) {
        accounts.put(Caller.CITIZEN, login(DemoAccount.CITIZEN.phone(), DemoAccount.CITIZEN.password()));
        accounts.put(Caller.OTHER_CITIZEN, newAccount("矩阵他人", true, List.of("citizen"), List.of()));
        accounts.put(Caller.UNVERIFIED, newAccount("矩阵未实名", false, List.of("citizen"), List.of()));
        accounts.put(Caller.STAFF_ELSEWHERE, newAccount("矩阵别处职员", true, List.of("citizen", "staff"),
                List.of("c-elsewhere")));
        accounts.put(Caller.STAFF, newAccount("矩阵职员", true, List.of("citizen", "staff"), List.of("c-demo", community)));
        accounts.put(Caller.ADMIN, newAccount("矩阵管理员", true, List.of("citizen", "admin"), List.of()));
        return this;
    }

    public Optional<String> token(Caller caller) {
        return caller == Caller.ANONYMOUS ? Optional.empty() : Optional.of(accounts.get(caller).token());
    }

    public Account account(Caller caller) {
        return accounts.get(caller);
    }

    /** A real-name verified citizen outside the matrix's columns (fills slots, writes posts). */
    public Account newCitizen(String displayName) {
        return newAccount(displayName, true, List.of("citizen"), List.of());
    }

    private Account newAccount(String displayName, boolean verified, List<String> roles, List<String> communities) {
        String phone = SharedPlatform.freshPhone();
        Instant asked = Instant.now();
        expect(http.post("/v1/auth/sms-codes", Optional.empty(), Map.of("phone", phone, "purpose", "register")), 202,
                "SMS code for " + phone);
        String code = Eventually.within(SharedPlatform.PATIENCE, "an SMS code for " + phone, () -> smsCode(phone, asked));
        MatrixHttp.Answer registered = http.post("/v1/auth/register", Optional.empty(), Map.of("phone", phone,
                "smsCode", code, "password", PASSWORD, "displayName", displayName));
        expect(registered, 201, "registering " + phone);
        String token = registered.text("accessToken");
        if (verified) {
            expect(http.post("/v1/me/real-name", Optional.of(token), Map.of("name", "张" + displayName,
                    "idNumber", IdNumbers.fresh())), 200, "real name of " + phone);
        }
        String userId = http.get("/v1/me", Optional.of(token)).text("userId");
        if (!roles.equals(List.of("citizen"))) {
            grant(userId, roles, communities);
        }
        return login(phone, PASSWORD);
    }

    private Account login(String phone, String password) {
        MatrixHttp.Answer login = http.post("/v1/auth/login", Optional.empty(), Map.of("phone", phone, "password", password));
        expect(login, 200, "login " + phone);
        MatrixHttp.Answer me = http.get("/v1/me", Optional.of(login.text("accessToken")));
        return new Account(login.text("accessToken"), me.text("userId"), me.text("displayName"));
    }

    private void grant(String userId, List<String> roles, List<String> communities) {
        Map<String, AttributeValue> values = new java.util.HashMap<>(Map.of(":roles", AttributeValue.fromSs(roles)));
        String update = "SET #roles = :roles";
        if (!communities.isEmpty()) {
            values.put(":communities", AttributeValue.fromSs(communities));
            update += ", #communities = :communities";
        }
        String expression = update;
        Map<String, String> names = communities.isEmpty() ? Map.of("#roles", "roles")
                : Map.of("#roles", "roles", "#communities", "communities");
        target.dynamoDb().updateItem(item -> item.tableName(target.tableName("AccountsTable"))
                .key(Map.of("pk", AttributeValue.fromS("USER#" + userId), "sk", AttributeValue.fromS("PROFILE")))
                .updateExpression(expression).expressionAttributeNames(names).expressionAttributeValues(values));
    }

    private String smsCode(String phone, Instant since) {
        for (var item : http.get("/_local/sms?phone=" + phone, Optional.empty()).json().path("items")) {
            if (!Instant.parse(item.path("sentAt").asText()).isBefore(since.minusSeconds(1))) {
                var matcher = java.util.regex.Pattern.compile("(\\d{6})").matcher(item.path("text").asText());
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        }
        return null;
    }

    static void expect(MatrixHttp.Answer answer, int status, String what) {
        assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(status);
    }

    /** Checksum-valid resident ID numbers (GB 11643) nobody has used yet: a random birth date and sequence. */
    static final class IdNumbers {
        private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        private static final String CHECK = "10X98765432";

        static String fresh() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 40));
            String first17 = "510104" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (first17.charAt(i) - '0') * WEIGHTS[i];
            }
            return first17 + CHECK.charAt(sum % 11);
        }
    }
}
