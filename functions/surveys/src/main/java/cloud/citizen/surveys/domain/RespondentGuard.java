package cloud.citizen.surveys.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The "has answered" marker of a person on a survey: HMAC-SHA256 of (survey, person) under a
 * secret key. It enforces one response per person on anonymous surveys too, without storing who
 * answered: without the key nobody can tell whose marker it is, and a marker differs from survey
 * to survey, so markers of two surveys cannot be linked either. It is also the user id of the
 * usage event of an anonymous response.
 */
public final class RespondentGuard {
    private final SecretKeySpec key;

    public RespondentGuard(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the respondent key must be at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String markerOf(String surveyId, String userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((surveyId + "\n" + userId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
