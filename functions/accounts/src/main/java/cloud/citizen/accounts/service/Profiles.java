package cloud.citizen.accounts.service;

import java.time.Clock;

import cloud.citizen.accounts.domain.BadIdNumberException;
import cloud.citizen.accounts.domain.DisplayName;
import cloud.citizen.accounts.domain.IdNumber;
import cloud.citizen.accounts.domain.IdNumberCheck;
import cloud.citizen.accounts.domain.crypto.PiiProtector;
import cloud.citizen.platform.problem.ProblemException;

/** The citizen's own profile and real-name verification. */
public class Profiles {
    private final AccountStore accounts;
    private final OwnedUnitsStore units;
    private final PiiProtector pii;
    private final Clock clock;

    public Profiles(AccountStore accounts, OwnedUnitsStore units, PiiProtector pii, Clock clock) {
        this.accounts = accounts;
        this.units = units;
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

    public Profile verifyRealName(String userId, Commands.VerifyRealName command) {
        IdNumberCheck check = IdNumber.parse(command.idNumber(), clock);
        if (check instanceof IdNumberCheck.Invalid invalid) {
            throw new BadIdNumberException(invalid.brokenRule());
        }
        IdNumber idNumber = ((IdNumberCheck.Valid) check).idNumber();
        Account account = account(userId);
        return withUnits(accounts.verifyRealName(account, new RealNameRecord(pii.lookupKey(idNumber),
                pii.encrypt(idNumber, userId), idNumber.masked())));
    }

    private Account account(String userId) {
        return accounts.findById(userId)
                .orElseThrow(() -> ProblemException.unauthenticated("The account of this token no longer exists."));
    }

    private Profile withUnits(Account account) {
        return new Profile(account, units.unitsOf(account.userId()));
    }
}
