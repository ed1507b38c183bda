package cloud.citizen.accounts.service;

import java.time.Clock;
import java.time.Instant;

import cloud.citizen.accounts.domain.SmsCode;
import cloud.citizen.accounts.domain.SmsCodePolicy;
import cloud.citizen.accounts.domain.SmsPurpose;
import cloud.citizen.accounts.domain.SmsSourceBudget;
import cloud.citizen.accounts.domain.TooManyCodesException;
import cloud.citizen.accounts.domain.crypto.PiiProtector;
import cloud.citizen.accounts.domain.crypto.SmsCodeHasher;

/**
 * Sends one-time codes. The answer is the same whether or not the phone has an account, and so is
 * the work (the same reads and writes; a code for an unknown phone is made and stored like any
 * other), so the endpoint tells neither by its answer nor by its cost who is registered; codes for
 * login or reset are only actually sent to registered phones, registration codes to any phone.
 * Each request first takes one unit of its source address's hourly budget, then the phone's quota.
 */
public class SmsCodes {
    private final SmsCodeStore store;
    private final SmsSourceBudgetStore sourceBudget;
    private final AccountStore accounts;
    private final SmsSender sender;
    private final PiiProtector pii;
    private final SmsCodeHasher hasher;
    private final SmsCodePolicy policy = new SmsCodePolicy();
    private final Clock clock;

    public SmsCodes(SmsCodeStore store, SmsSourceBudgetStore sourceBudget, AccountStore accounts, SmsSender sender,
            PiiProtector pii, SmsCodeHasher hasher, Clock clock) {
        this.store = store;
        this.sourceBudget = sourceBudget;
        this.accounts = accounts;
        this.sender = sender;
        this.pii = pii;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * @param sourceAddress the client's address as API Gateway saw it
     * @return seconds the code stays valid
     */
    public long send(Commands.SendSmsCode command, String sourceAddress) {
        Instant now = clock.instant();
        if (!sourceBudget.reserve(pii.sourceKey(sourceAddress), now)) {
            throw TooManyCodesException.fromSource(SmsSourceBudget.retryAfterSeconds(now));
        }
        String phoneKey = pii.lookupKey(command.phone());
        store.reserveSend(phoneKey, now);
        boolean deliver = command.purpose() == SmsPurpose.REGISTER || accounts.isRegistered(phoneKey);
        SmsCode code = policy.newCode();
        store.save(phoneKey, command.purpose(), hasher.hash(command.phone(), command.purpose(), code),
                SmsCodePolicy.expiresAt(now));
        if (deliver) {
            sender.send(command.phone().digits(), "【天府市民云】您的验证码是 " + code.digits() + "，"
                    + SmsCodePolicy.LIFETIME.toMinutes() + " 分钟内有效。请勿告诉他人。");
        }
        return SmsCodePolicy.LIFETIME.toSeconds();
    }
}
