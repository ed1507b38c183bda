package cloud.citizen.accounts.api;

import static cloud.citizen.accounts.testing.AccountsFixtures.codeSentTo;
import static cloud.citizen.accounts.testing.AccountsFixtures.newPhone;
import static cloud.citizen.accounts.testing.AccountsFixtures.register;
import static cloud.citizen.accounts.testing.AccountsFixtures.requestCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import cloud.citizen.accounts.testing.AccountsFixtures;
import cloud.citizen.emulator.testing.Concurrently;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@EmulatedAwsTest(parameters = AccountsFixtures.ONE_CLIENT_ADDRESS)
class RegistrationTest {
    @Test
    void register_withCodeFromSms_returns201TokensAndProfileShowsMaskedPhone() {
        String phone = newPhone();
        requestCode(phone, "register").then().statusCode(202).body("expiresInSeconds", equalTo(300));

        String accessToken = register(phone, codeSentTo(phone), AccountsFixtures.PASSWORD, "张三").then().statusCode(201)
                .body("tokenType", equalTo("Bearer")).body("expiresIn", equalTo(900))
                .body("refreshToken", notNullValue()).extract().path("accessToken");

        AccountsFixtures.me(accessToken).then().statusCode(200)
                .body("phone", equalTo(phone.substring(0, 3) + "****" + phone.substring(7)))
                .body("displayName", equalTo("张三")).body("realNameVerified", equalTo(false))
                .body("roles", equalTo(List.of("citizen"))).body("units", equalTo(List.of()));
    }

    @Test
    void register_announcesTheContactToTheNotificationsFunction() {
        String phone = newPhone();
        requestCode(phone, "register").then().statusCode(202);
        String token = register(phone, codeSentTo(phone), AccountsFixtures.PASSWORD, "通知").then().statusCode(201)
                .extract().path("accessToken");
        String userId = AccountsFixtures.me(token).path("userId");

        var contact = AccountsFixtures.takeQueued(phone, "contact");

        assertThat(contact.path("userId").asText()).isEqualTo(userId);
        assertThat(contact.path("eventId").asText()).isNotBlank();
    }

    @Test
    void register_withWrongCode_returns401BadSmsCode() {
        String phone = newPhone();
        requestCode(phone, "register").then().statusCode(202);
        String code = codeSentTo(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";

        register(phone, wrong, AccountsFixtures.PASSWORD, "李四").then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("BAD_SMS_CODE"));
    }

    @Test
    void register_afterFiveWrongCodes_theRightCodeNoLongerWorks() {
        String phone = newPhone();
        requestCode(phone, "register").then().statusCode(202);
        String code = codeSentTo(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            register(phone, wrong, AccountsFixtures.PASSWORD, "猜码").then().statusCode(401);
        }

        register(phone, code, AccountsFixtures.PASSWORD, "猜码").then().statusCode(401).body("code", equalTo("BAD_SMS_CODE"));
    }

    @Test
    void register_withoutRequestingCode_returns401BadSmsCode() {
        register(newPhone(), "123456", AccountsFixtures.PASSWORD, "王五").then().statusCode(401)
                .body("code", equalTo("BAD_SMS_CODE"));
    }

    @Test
    void register_withWeakPassword_returns422AndKeepsTheCodeUsable() {
        String phone = newPhone();
        requestCode(phone, "register").then().statusCode(202);
        String code = codeSentTo(phone);

        register(phone, code, "password", "赵六").then().statusCode(422).body("code", equalTo("WEAK_PASSWORD"));
        register(phone, code, AccountsFixtures.PASSWORD, "赵六").then().statusCode(201);
    }

    @Test
    void register_whenPhoneAlreadyHasAccount_returns409PhoneTaken() {
        AccountsFixtures.Registered existing = AccountsFixtures.registerNew();
        AccountsFixtures.minutePasses(existing.phone());
        requestCode(existing.phone(), "register").then().statusCode(202);

        register(existing.phone(), codeSentTo(existing.phone()), AccountsFixtures.PASSWORD, "重复").then().statusCode(409)
                .body("code", equalTo("PHONE_TAKEN"));
    }

    @Test
    void register_usedCodeTwice_secondIsRefused() {
        String phone = newPhone();
        requestCode(phone, "register").then().statusCode(202);
        String code = codeSentTo(phone);
        register(phone, code, AccountsFixtures.PASSWORD, "一次").then().statusCode(201);

        register(phone, code, AccountsFixtures.PASSWORD, "两次").then().statusCode(401).body("code", equalTo("BAD_SMS_CODE"));
    }

    @Test
    void register_twentyConcurrentRequestsForOnePhone_createExactlyOneAccount() throws Exception {
        String phone = newPhone();
        requestCode(phone, "register").then().statusCode(202);
        String code = codeSentTo(phone);

        List<Integer> statuses = Concurrently.run(20,
                i -> register(phone, code, AccountsFixtures.PASSWORD, "并发" + i).statusCode());

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).allMatch(status -> status == 201 || status == 401 || status == 409);
        AccountsFixtures.login(phone, AccountsFixtures.PASSWORD).then().statusCode(200);
    }
}
