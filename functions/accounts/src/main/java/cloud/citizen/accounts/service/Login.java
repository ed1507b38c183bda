package cloud.citizen.accounts.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import cloud.citizen.accounts.domain.AccountLockedException;
import cloud.citizen.accounts.domain.BadCredentialsException;
import cloud.citizen.accounts.domain.LockoutState;
import cloud.citizen.accounts.domain.PasswordHasher;
import cloud.citizen.accounts.domain.SmsPurpose;
import cloud.citizen.accounts.domain.crypto.PiiProtector;
import cloud.citizen.accounts.domain.crypto.SmsCodeHasher;

/**
 * Login by password or SMS code. Every attempt is counted towards the lockout before its password
 * or code is checked (reserve first, then verify), whichever the method, so concurrent guesses
 * cannot overrun the limit; a successful login forgets the window, including its own reservation.
 * An unknown phone fails exactly like a wrong password (same code, same hashing work).
 * A password hash made with other Argon2id parameters than the current ones is replaced after a
 * successful password login (the only moment the password is known), so a parameter change reaches
 * every active account without a migration.
 */
public class Login {
    private final AccountStore accounts;
    private final LoginAttemptStore attempts;
    private final SmsCodeStore codes;
    private final Sessions sessions;
    private final PasswordHasher passwords;
    private final PiiProtector pii;
    private final SmsCodeHasher codeHasher;
    private final Clock clock;

    public Login(AccountStore accounts, LoginAttemptStore attempts, SmsCodeStore codes, Sessions sessions,
            PasswordHasher passwords, PiiProtector pii, SmsCodeHasher codeHasher, Clock clock) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.codes = codes;
        this.sessions = sessions;
        this.passwords = passwords;
        this.pii = pii;
        this.codeHasher = codeHasher;
        this.clock = clock;
    }

    public Tokens login(Commands.LogIn command) {
        Instant now = clock.instant();
        String phoneKey = pii.lookupKey(command.phone());
        if (attempts.reserveAttempt(phoneKey, now) instanceof LockoutState.Locked locked) {
            throw new AccountLockedException(locked);
        }
        Optional<Account> account = accounts.findByPhoneKey(phoneKey);
        if (!proven(command, account, phoneKey, now)) {
            throw new BadCredentialsException(); // already counted by the reservation
        }
        attempts.clear(phoneKey);
        Account loggedIn = account.orElseThrow();
        if (command.password() != null) {
            rehashIfOutdated(loggedIn, command.password());
        }
        return sessions.startLogin(loggedIn);
    }

    private void rehashIfOutdated(Account account, String password) {
        if (passwords.needsRehash(account.passwordHash())) {
            // a false answer means another login (or a password change) stored a newer hash: keep that one
            accounts.replacePasswordHash(account.userId(), account.passwordHash(), passwords.hash(password));
        }
    }

    private boolean proven(Commands.LogIn command, Optional<Account> account, String phoneKey, Instant now) {
        if (command.smsCode() != null) {
            String codeHash = codeHasher.hash(command.phone(), SmsPurpose.LOGIN, command.smsCode());
            return codes.consume(phoneKey, SmsPurpose.LOGIN, codeHash, now).accepted() && account.isPresent();
        }
        if (account.isEmpty()) {
            passwords.dummyVerify(command.password());
            return false;
        }
        return passwords.verify(command.password(), account.get().passwordHash());
    }
}
