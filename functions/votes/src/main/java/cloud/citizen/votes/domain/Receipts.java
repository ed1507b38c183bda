package cloud.citizen.votes.domain;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Ballot receipts: 128 random bits (base64url), unguessable; only their SHA-256 is stored and
 * published in the audit, so neither the table nor the CSV lets anyone claim someone else's receipt.
 */
public final class Receipts {
    private final SecureRandom random;

    public Receipts(SecureRandom random) {
        this.random = random;
    }

    public String newReceipt() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String receipt) {
        return AuditTrail.sha256("receipt," + receipt);
    }
}
