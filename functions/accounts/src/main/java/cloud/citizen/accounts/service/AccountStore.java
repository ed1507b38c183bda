package cloud.citizen.accounts.service;

import java.util.Optional;

/** Port: accounts and the uniqueness of phone numbers and ID numbers. */
public interface AccountStore {

    /** Creates the account and claims its phone in one step; @throws PhoneTakenException if claimed already. */
    void create(Account account, String phoneKey);

    Optional<Account> findByPhoneKey(String phoneKey);

    Optional<Account> findById(String userId);

    Account rename(String userId, String displayName);

    /** Binds the ID number to this account only; @throws IdNumberTakenException if another account holds it. */
    Account verifyRealName(String userId, RealNameRecord record);
}
