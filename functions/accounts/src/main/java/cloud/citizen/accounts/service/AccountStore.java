package cloud.citizen.accounts.service;

import java.util.Optional;

/** Port: accounts and the uniqueness of phone numbers and ID numbers. */
public interface AccountStore {

    /**
     * Creates the account and claims its phone in one step, announcing the registration with it;
     * @throws PhoneTakenException if claimed already.
     */
    void create(Account account, String phoneKey);

    Optional<Account> findByPhoneKey(String phoneKey);

    /** Whether the phone has an account: one read whatever the answer (SmsCodes relies on that). */
    boolean isRegistered(String phoneKey);

    Optional<Account> findById(String userId);

    /**
     * Replaces the stored password hash with {@code newHash} only while it is still {@code expectedHash};
     * false, and nothing written, when it has changed since it was read (a concurrent login stored its
     * own rehash first, or the password was changed): that newer hash is kept.
     */
    boolean replacePasswordHash(String userId, String expectedHash, String newHash);

    /** Changes the display name and announces it (user directory). */
    Account rename(String userId, String displayName);

    /**
     * Binds the ID number to this account only and announces the verification the first time;
     * verifying again with the same number changes and announces nothing.
     * @throws IdNumberTakenException if another account holds it
     * @throws RealNameAlreadyVerifiedException if this account is verified with another number
     */
    Account verifyRealName(Account account, RealNameRecord record);
}
