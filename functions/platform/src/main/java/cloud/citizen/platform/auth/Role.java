package cloud.citizen.platform.auth;

/** The roles an access token can carry; every user is a citizen. Lower case on the wire. */
public enum Role {
    CITIZEN, STAFF, ADMIN;

    public String wireName() {
        return name().toLowerCase();
    }

    public static Role fromWire(String name) {
        return valueOf(name.toUpperCase());
    }
}
