package cloud.citizen.accounts.api;

import static cloud.citizen.accounts.api.Citizens.codeSentTo;
import static cloud.citizen.accounts.api.Citizens.newPhone;
import static cloud.citizen.accounts.api.Citizens.register;
import static cloud.citizen.accounts.api.Citizens.requestCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.Concurrently;

import cloud.citizen.accounts.crypto.PiiProtector;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@EmulatedAwsTest
class RegistrationTest {
    @Inject
    PiiProtector pii;

    @Test
    void register_withCodeFromSms_returns201TokensAndProfileShowsMaskedPhone() {
        String phone = newPhone();
        requestCode(phone, "register").then().statusCode(202).body("expiresInSeconds", equalTo(300));

        String accessToken = register(phone, codeSentTo(phone), Citizens.PASSWORD, "张三").then().statusCode(201)
                .body("tokenType", equalTo("Bearer")).body("expiresIn", equalTo(900))
                .body("refreshToken", notNullValue()).extract().path("accessToken");

        Citizens.me(accessToken).then().statusCode(200)
                .body("phone", equalTo(phone.substring(0, 3) + "****" + phone.substring(7)))
                .body("displayName", equalTo("张三")).body("realNameVerified", equalTo(false))
                .body("roles", equalTo(List.of("citizen"))).body("units", equalTo(List.of()));
    }

    @Test
    void register_announcesTheContactToTheNotificationsFunction() {
        String phone = newPhone();
        requestCode(phone, "register").then().statusCode(202);
        String token = register(phone, codeSentTo(phone), Citizens.PASSWORD, "通知").then().statusCode(201)
                .extract().path("accessToken");
        String userId = Citizens.me(token).path("userId");

        var contact = Citizens.takeQueued(phone, "contact");

        assertThat(contact.path("userId").asText()).isEqualTo(userId);
        assertThat(contact.path("eventId").asText()).isNotBlank();
    }

    @Test
    void register_withWrongCode_returns401BadSmsCode() {
        String phone = newPhone();
        requestCode(phone, "register").then().statusCode(202);
        String code = codeSentTo(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";

        register(phone, wrong, Citizens.PASSWORD, "李四").then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("BAD_SMS_CODE"));
    }

    @Test
    void register_afterFiveWrongCodes_theRightCodeNoLongerWorks() {
        String phone = newPhone();
        requestCode(phone, "register").then().statusCode(202);
        String code = codeSentTo(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            register(phone, wrong, Citizens.PASSWORD, "猜码").then().statusCode(401);
        }

        register(phone, code, Citizens.PASSWORD, "猜码").then().statusCode(401).body("code", equalTo("BAD_SMS_CODE"));
    }

    @Test
    void register_withoutRequestingCode_returns401BadSmsCode() {
        register(newPhone(), "123456", Citizens.PASSWORD, "王五").then().statusCode(401)
                .body("code", equalTo("BAD_SMS_CODE"));
    }

    @Test
    void register_withWeakPassword_returns422AndKeepsTheCodeUsable() {
        String phone = newPhone();
        requestCode(phone, "register").then().statusCode(202);
        String code = codeSentTo(phone);

        register(phone, code, "password", "赵六").then().statusCode(422).body("code", equalTo("WEAK_PASSWORD"));
        register(phone, code, Citizens.PASSWORD, "赵六").then().statusCode(201);
    }

    @Test
    void register_whenPhoneAlreadyHasAccount_returns409PhoneTaken() {
        Citizens.Registered existing = Citizens.registerNew();
        Citizens.minutePasses(pii, existing.phone());
        requestCode(existing.phone(), "register").then().statusCode(202);

        register(existing.phone(), codeSentTo(existing.phone()), Citizens.PASSWORD, "重复").then().statusCode(409)
                .body("code", equalTo("PHONE_TAKEN"));
    }

    @Test
    void register_usedCodeTwice_secondIsRefused() {
        String phone = newPhone();
        requestCode(phone, "register").then().statusCode(202);
        String code = codeSentTo(phone);
        register(phone, code, Citizens.PASSWORD, "一次").then().statusCode(201);

        register(phone, code, Citizens.PASSWORD, "两次").then().statusCode(401).body("code", equalTo("BAD_SMS_CODE"));
    }

    @Test
    void register_twentyConcurrentRequestsForOnePhone_createExactlyOneAccount() throws Exception {
        String phone = newPhone();
        requestCode(phone, "register").then().statusCode(202);
        String code = codeSentTo(phone);

        List<Integer> statuses = Concurrently.run(20,
                i -> register(phone, code, Citizens.PASSWORD, "并发" + i).statusCode());

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).allMatch(status -> status == 201 || status == 401 || status == 409);
        Citizens.login(phone, Citizens.PASSWORD).then().statusCode(200);
    }
}
