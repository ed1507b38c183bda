package cloud.citizen.accounts.domain;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

/**
 * How SMS codes are made and how long they stay usable. The sending limits are enforced with
 * DynamoDB conditions by the store; {@link SmsQuota} holds the same limits as a pure decision.
 */
public final class SmsCodePolicy {

    public static final Duration LIFETIME = Duration.ofMinutes(5);
    /** After this many wrong guesses the code is dead, so 10^6 codes cannot be brute-forced. */
    public static final int MAX_WRONG_ATTEMPTS = 5;
    public static final Duration MIN_INTERVAL_BETWEEN_SENDS = Duration.ofMinutes(1);
    public static final int MAX_SENDS_PER_DAY = 10;

    private static final int CODE_SPACE = 1_000_000;

    private final SecureRandom random;

    public SmsCodePolicy() {
        this(new SecureRandom());
    }

    public SmsCodePolicy(SecureRandom random) {
        this.random = random;
    }

    /** Uniform over 000000-999999; leading zeros are kept. */
    public SmsCode newCode() {
        return new SmsCode(String.format("%06d", random.nextInt(CODE_SPACE)));
    }

    public static Instant expiresAt(Instant sentAt) {
        return sentAt.plus(LIFETIME);
    }
}
