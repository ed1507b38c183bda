package cloud.citizen.accounts.service;

import java.time.Instant;

import cloud.citizen.accounts.domain.SmsPurpose;

/** Port: SMS codes, stored only as hashes, and the per-phone sending quota. */
public interface SmsCodeStore {

    /** Counts one more code for this phone; @throws TooManyCodesException when over 1 a minute or 10 a day. */
    void reserveSend(String phoneKey, Instant now);

    /** Replaces any earlier code of this phone and purpose. */
    void save(String phoneKey, SmsPurpose purpose, String codeHash, Instant expiresAt);

    /** Consumes the code if it matches and is still valid; a wrong guess uses up one attempt. */
    boolean consume(String phoneKey, SmsPurpose purpose, String codeHash, Instant now);
}
