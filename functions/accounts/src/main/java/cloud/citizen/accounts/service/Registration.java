package cloud.citizen.accounts.service;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import cloud.citizen.accounts.domain.BadSmsCodeException;
import cloud.citizen.accounts.domain.PasswordHasher;
import cloud.citizen.accounts.domain.PasswordPolicy;
import cloud.citizen.accounts.domain.PasswordVerdict;
import cloud.citizen.accounts.domain.SmsPurpose;
import cloud.citizen.accounts.domain.WeakPasswordException;
import cloud.citizen.accounts.domain.crypto.PiiProtector;
import cloud.citizen.accounts.domain.crypto.SmsCodeHasher;
import cloud.citizen.platform.auth.Role;

/**
 * Creates an account from a phone proven by SMS code. The password is judged before the code is
 * used up, so a weak password does not cost the citizen a new code.
 */
public class Registration {
    private final AccountStore accounts;
    private final SmsCodeStore codes;
    private final Sessions sessions;
    private final PasswordHasher passwords;
    private final PiiProtector pii;
    private final SmsCodeHasher codeHasher;
    private final Clock clock;

    public Registration(AccountStore accounts, SmsCodeStore codes, Sessions sessions, PasswordHasher passwords,
            PiiProtector pii, SmsCodeHasher codeHasher, Clock clock) {
        this.accounts = accounts;
        this.codes = codes;
        this.sessions = sessions;
        this.passwords = passwords;
        this.pii = pii;
        this.codeHasher = codeHasher;
        this.clock = clock;
    }

    public Tokens register(Commands.Register command) {
        if (PasswordPolicy.judge(command.password(), command.phone()) instanceof PasswordVerdict.Rejected rejected) {
            throw new WeakPasswordException(rejected);
        }
        String phoneKey = pii.lookupKey(command.phone());
        String codeHash = codeHasher.hash(command.phone(), SmsPurpose.REGISTER, command.smsCode());
        if (!codes.consume(phoneKey, SmsPurpose.REGISTER, codeHash, clock.instant()).accepted()) {
            throw new BadSmsCodeException();
        }
        Account account = new Account(UUID.randomUUID().toString(), command.phone().digits(),
                command.displayName().value(), passwords.hash(command.password()), false, null,
                Set.of(Role.CITIZEN), Set.of(), clock.instant());
        accounts.create(account, phoneKey);
        return sessions.start(account);
    }
}
