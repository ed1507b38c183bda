package cloud.citizen.accounts.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import cloud.citizen.accounts.crypto.PiiProtector;
import cloud.citizen.accounts.domain.BadIdNumberException;
import cloud.citizen.accounts.domain.DisplayName;
import cloud.citizen.accounts.domain.IdNumber;
import cloud.citizen.accounts.domain.IdNumberCheck;
import cloud.citizen.platform.problem.ProblemException;

/** The citizen's own profile and real-name verification. */
@ApplicationScoped
public class Profiles {
    private final AccountStore accounts;
    private final PiiProtector pii;
    private final Clock clock;

    public Profiles(AccountStore accounts, PiiProtector pii, Clock clock) {
        this.accounts = accounts;
        this.pii = pii;
        this.clock = clock;
    }

    public Account get(String userId) {
        return accounts.findById(userId)
                .orElseThrow(() -> ProblemException.unauthenticated("The account of this token no longer exists."));
    }

    public Account rename(String userId, DisplayName name) {
        get(userId);
        return accounts.rename(userId, name.value());
    }

    public Account verifyRealName(String userId, Commands.VerifyRealName command) {
        IdNumberCheck check = IdNumber.parse(command.idNumber(), clock);
        if (check instanceof IdNumberCheck.Invalid invalid) {
            throw new BadIdNumberException(invalid.brokenRule());
        }
        IdNumber idNumber = ((IdNumberCheck.Valid) check).idNumber();
        get(userId);
        return accounts.verifyRealName(userId, new RealNameRecord(pii.lookupKey(idNumber),
                pii.encrypt(idNumber, userId), idNumber.masked()));
    }
}
