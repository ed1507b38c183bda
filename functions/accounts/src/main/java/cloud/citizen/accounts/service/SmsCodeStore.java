package cloud.citizen.accounts.service;

import java.time.Instant;

import cloud.citizen.accounts.domain.SmsCodeCheck;
import cloud.citizen.accounts.domain.SmsPurpose;

/** Port: SMS codes, stored only as hashes, and the per-phone sending quota. */
public interface SmsCodeStore {

    /** Counts one more code for this phone; @throws TooManyCodesException when over 1 a minute or 10 a day. */
    void reserveSend(String phoneKey, Instant now);

    /** Replaces any earlier code of this phone and purpose. */
    void save(String phoneKey, SmsPurpose purpose, String codeHash, Instant expiresAt);

    /**
     * Takes one of the code's attempts (reserve first), then compares; a match consumes the code.
     * Every guess, right or wrong, uses up an attempt.
     */
    SmsCodeCheck consume(String phoneKey, SmsPurpose purpose, String codeHash, Instant now);
}
