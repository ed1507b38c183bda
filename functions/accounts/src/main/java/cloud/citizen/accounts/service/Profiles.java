package cloud.citizen.accounts.service;

import java.time.Clock;
import java.time.Instant;

import cloud.citizen.accounts.domain.BadIdNumberException;
import cloud.citizen.accounts.domain.DisplayName;
import cloud.citizen.accounts.domain.IdNumber;
import cloud.citizen.accounts.domain.IdNumberCheck;
import cloud.citizen.accounts.domain.RealNameAttempts;
import cloud.citizen.accounts.domain.TooManyAttemptsException;
import cloud.citizen.accounts.domain.crypto.PiiProtector;
import cloud.citizen.platform.problem.ProblemException;
import cloud.citizen.platform.problem.Refusal;

/** The citizen's own profile and real-name verification. */
public class Profiles {
    private final AccountStore accounts;
    private final OwnedUnitsStore units;
    private final RealNameAttemptStore attempts;
    private final Sessions sessions;
    private final PiiProtector pii;
    private final Clock clock;

    public Profiles(AccountStore accounts, OwnedUnitsStore units, RealNameAttemptStore attempts, Sessions sessions,
            PiiProtector pii, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.attempts = attempts;
        this.sessions = sessions;
        this.pii = pii;
        this.clock = clock;
    }

    public Profile get(String userId) {
        return withUnits(account(userId));
    }

    public Profile rename(String userId, DisplayName name) {
        account(userId);
        return withUnits(accounts.rename(userId, name.value()));
    }

    /**
     * Reserves one of today's attempts first, so failures cannot pass the limit however many run at
     * once; a refusal keeps it counted, anything else gives it back. The fresh tokens start a new
     * session whose access token already carries {@code realNameVerified: true}.
     */
    public RealNameVerification verifyRealName(String userId, Commands.VerifyRealName command) {
        Instant now = clock.instant();
        if (!attempts.reserve(userId, now)) {
            throw new TooManyAttemptsException(RealNameAttempts.retryAfterSeconds(now));
        }
        Account verified;
        try {
            verified = verify(userId, command);
        } catch (Refusal failed) {
            throw failed;
        } catch (RuntimeException notTheCitizensFault) {
            attempts.release(userId, now);
            throw notTheCitizensFault;
        }
        attempts.release(userId, now);
        return new RealNameVerification(withUnits(verified), sessions.start(verified));
    }

    private Account verify(String userId, Commands.VerifyRealName command) {
        IdNumberCheck check = IdNumber.parse(command.idNumber(), clock);
        if (check instanceof IdNumberCheck.Invalid invalid) {
            throw new BadIdNumberException(invalid.brokenRule());
        }
        IdNumber idNumber = ((IdNumberCheck.Valid) check).idNumber();
        Account account = account(userId);
        return accounts.verifyRealName(account, new RealNameRecord(pii.lookupKey(idNumber),
                pii.encrypt(idNumber, userId), idNumber.masked()));
    }

    private Account account(String userId) {
        return accounts.findById(userId)
                .orElseThrow(() -> ProblemException.unauthenticated("The account of this token no longer exists."));
    }

    private Profile withUnits(Account account) {
        return new Profile(account, units.unitsOf(account.userId()));
    }
}
