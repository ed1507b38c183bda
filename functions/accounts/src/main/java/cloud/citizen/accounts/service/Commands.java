package cloud.citizen.accounts.service;

import cloud.citizen.accounts.domain.DisplayName;
import cloud.citizen.accounts.domain.PhoneNumber;
import cloud.citizen.accounts.domain.SmsCode;
import cloud.citizen.accounts.domain.SmsPurpose;

/** Validated inputs of the account use cases: every field is already a well-formed domain value. */
public final class Commands {
    private Commands() {
    }

    public record SendSmsCode(PhoneNumber phone, SmsPurpose purpose) {
    }

    public record Register(PhoneNumber phone, SmsCode smsCode, String password, DisplayName displayName) {
    }

    /** Exactly one of password and smsCode is present. */
    public record LogIn(PhoneNumber phone, String password, SmsCode smsCode) {
    }

    /** The ID number is checked by the use case, because a bad one is a 422 with its own code. */
    public record VerifyRealName(String name, String idNumber) {
    }
}
