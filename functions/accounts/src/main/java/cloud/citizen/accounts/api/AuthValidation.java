package cloud.citizen.accounts.api;

import java.util.Optional;

import cloud.citizen.accounts.api.AuthRequests.LoginRequest;
import cloud.citizen.accounts.api.AuthRequests.RefreshRequest;
import cloud.citizen.accounts.api.AuthRequests.RegisterRequest;
import cloud.citizen.accounts.api.AuthRequests.SmsCodeRequest;
import cloud.citizen.accounts.api.ProfileRequests.ProfileUpdate;
import cloud.citizen.accounts.api.ProfileRequests.RealNameRequest;
import cloud.citizen.accounts.domain.DisplayName;
import cloud.citizen.accounts.domain.Parsed;
import cloud.citizen.accounts.domain.PhoneNumber;
import cloud.citizen.accounts.domain.SmsCode;
import cloud.citizen.accounts.service.Commands;
import cloud.citizen.platform.validation.Validation;

/** Turns request bodies into commands, naming every bad field at once (400 VALIDATION_FAILED). */
final class AuthValidation {
    private static final int MAX_PASSWORD_INPUT = 256;

    private AuthValidation() {
    }

    static Commands.SendSmsCode smsCode(SmsCodeRequest body) {
        Validation.requireBody(body);
        Validation v = new Validation().required("purpose", body.purpose());
        PhoneNumber phone = phone(v, body.phone());
        v.throwIfInvalid();
        return new Commands.SendSmsCode(phone, body.purpose());
    }

    static Commands.Register register(RegisterRequest body) {
        Validation.requireBody(body);
        Validation v = new Validation().required("password", body.password())
                .length("password", body.password(), 1, MAX_PASSWORD_INPUT);
        PhoneNumber phone = phone(v, body.phone());
        SmsCode code = smsCode(v, body.smsCode());
        DisplayName name = displayName(v, body.displayName());
        v.throwIfInvalid();
        return new Commands.Register(phone, code, body.password(), name);
    }

    static Commands.LogIn login(LoginRequest body) {
        Validation.requireBody(body);
        Validation v = new Validation();
        PhoneNumber phone = phone(v, body.phone());
        SmsCode code = null;
        if ((body.password() == null) == (body.smsCode() == null)) {
            v.fail("password", "send either password or smsCode");
        } else if (body.smsCode() != null) {
            code = smsCode(v, body.smsCode());
        } else {
            v.length("password", body.password(), 1, MAX_PASSWORD_INPUT);
        }
        v.throwIfInvalid();
        return new Commands.LogIn(phone, body.password(), code);
    }

    static String refreshToken(RefreshRequest body) {
        Validation.requireBody(body);
        new Validation().required("refreshToken", body.refreshToken())
                .length("refreshToken", body.refreshToken(), 1, 512).throwIfInvalid();
        return body.refreshToken();
    }

    static DisplayName profileUpdate(ProfileUpdate body) {
        Validation.requireBody(body);
        Validation v = new Validation();
        DisplayName name = displayName(v, body.displayName());
        v.throwIfInvalid();
        return name;
    }

    static Commands.VerifyRealName realName(RealNameRequest body) {
        Validation.requireBody(body);
        new Validation().required("name", body.name()).length("name", body.name() == null ? null : body.name().trim(), 2, 50)
                .required("idNumber", body.idNumber()).length("idNumber", body.idNumber(), 1, 32).throwIfInvalid();
        return new Commands.VerifyRealName(body.name().trim(), body.idNumber().trim());
    }

    private static PhoneNumber phone(Validation v, String raw) {
        v.required("phone", raw);
        return raw == null || raw.isBlank() ? null : valueOrFail(v, "phone", PhoneNumber.parse(raw));
    }

    private static DisplayName displayName(Validation v, String raw) {
        v.required("displayName", raw);
        return raw == null || raw.isBlank() ? null : valueOrFail(v, "displayName", DisplayName.parse(raw));
    }

    private static SmsCode smsCode(Validation v, String raw) {
        v.required("smsCode", raw);
        Optional<SmsCode> code = SmsCode.parse(raw);
        if (raw != null && !raw.isBlank() && code.isEmpty()) {
            v.fail("smsCode", "must be the 6 digits sent by SMS");
        }
        return code.orElse(null);
    }

    private static <T> T valueOrFail(Validation v, String field, Parsed<T> parsed) {
        if (parsed instanceof Parsed.Valid<T> valid) {
            return valid.value();
        }
        v.fail(field, ((Parsed.Invalid<T>) parsed).reason());
        return null;
    }
}
