package cloud.citizen.platform.usage;

import java.util.Arrays;

/**
 * What a {@link ServiceUse} counts. The first five are the "service uses" of the stats overview;
 * registrations, verifications and logins feed new and active users.
 */
public enum UsageKind {
    PAYMENT("payment"),
    APPOINTMENT("appointment"),
    BALLOT("ballot"),
    POST("post"),
    SURVEY_RESPONSE("surveyResponse"),
    REGISTRATION("registration"),
    REAL_NAME_VERIFICATION("realNameVerification"),
    LOGIN("login");

    private final String wireName;

    UsageKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** True for the kinds the overview's {@code serviceUses} counts. */
    public boolean isServiceUse() {
        return ordinal() <= SURVEY_RESPONSE.ordinal();
    }

    public static UsageKind fromWireName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown usage kind " + name));
    }
}
