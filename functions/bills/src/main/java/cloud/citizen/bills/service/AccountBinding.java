package cloud.citizen.bills.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import cloud.citizen.bills.domain.AccountNotFoundException;
import cloud.citizen.bills.domain.BoundAccount;
import cloud.citizen.bills.domain.HolderName;
import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.bills.domain.TooManyAttemptsException;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/**
 * Binding a provider's account to a citizen, who proves they know the household by naming its
 * holder. Guessing is bounded: 10 failed binds per citizen per city day; each attempt is reserved
 * before it is evaluated and given back when it did not fail.
 */
public class AccountBinding {
    public static final int FAILED_BINDS_PER_DAY = 10;
    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    private final BillBook book;
    private final BindAttempts attempts;
    private final Clock clock;

    public AccountBinding(BillBook book, BindAttempts attempts, Clock clock) {
        this.book = book;
        this.attempts = attempts;
        this.clock = clock;
    }

    public BoundAccount bind(String userId, ProviderAccount account, HolderName holder) {
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, CITY);
        Instant tomorrow = day.plusDays(1).atStartOfDay(CITY).toInstant();
        if (!attempts.reserve(userId, day, FAILED_BINDS_PER_DAY, tomorrow.plus(Duration.ofDays(1)))) {
            throw new TooManyAttemptsException(Math.max(1, Duration.between(now, tomorrow).toSeconds()));
        }
        try {
            BoundAccount bound = book.bind(account, holder, userId, now);
            attempts.release(userId, day);
            return bound;
        } catch (AccountNotFoundException failed) {
            throw failed; // the attempt stays taken: this is what the limit counts
        } catch (RuntimeException notAFailedGuess) {
            attempts.release(userId, day);
            throw notAFailedGuess;
        }
    }

    public void unbind(String userId, ProviderAccount account) {
        book.unbind(account, userId);
    }

    public Page<BoundAccount> accountsOf(String userId, PageRequest page) {
        return book.accountsOf(userId, page);
    }
}
