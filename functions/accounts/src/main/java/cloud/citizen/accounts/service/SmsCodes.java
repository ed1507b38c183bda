package cloud.citizen.accounts.service;

import java.time.Clock;
import java.time.Instant;

import cloud.citizen.accounts.domain.SmsCode;
import cloud.citizen.accounts.domain.SmsCodePolicy;
import cloud.citizen.accounts.domain.SmsPurpose;
import cloud.citizen.accounts.domain.crypto.PiiProtector;
import cloud.citizen.accounts.domain.crypto.SmsCodeHasher;

/**
 * Sends one-time codes. The answer is the same whether or not the phone has an account, so the
 * endpoint cannot be used to find out who is registered; codes for login or reset are only
 * actually sent to registered phones, and registration codes to any phone.
 */
public class SmsCodes {
    private final SmsCodeStore store;
    private final AccountStore accounts;
    private final SmsSender sender;
    private final PiiProtector pii;
    private final SmsCodeHasher hasher;
    private final SmsCodePolicy policy = new SmsCodePolicy();
    private final Clock clock;

    public SmsCodes(SmsCodeStore store, AccountStore accounts, SmsSender sender, PiiProtector pii, SmsCodeHasher hasher,
            Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.sender = sender;
        this.pii = pii;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** @return seconds the code stays valid */
    public long send(Commands.SendSmsCode command) {
        Instant now = clock.instant();
        String phoneKey = pii.lookupKey(command.phone());
        store.reserveSend(phoneKey, now);
        long lifetime = SmsCodePolicy.LIFETIME.toSeconds();
        if (command.purpose() != SmsPurpose.REGISTER && accounts.findByPhoneKey(phoneKey).isEmpty()) {
            return lifetime;
        }
        SmsCode code = policy.newCode();
        store.save(phoneKey, command.purpose(), hasher.hash(command.phone(), command.purpose(), code),
                SmsCodePolicy.expiresAt(now));
        sender.send(command.phone().digits(), "【天府市民云】您的验证码是 " + code.digits() + "，"
                + SmsCodePolicy.LIFETIME.toMinutes() + " 分钟内有效。请勿告诉他人。");
        return lifetime;
    }
}
