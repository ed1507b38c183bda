package cloud.citizen.local.seed;

import java.util.List;
import java.util.Set;

/** A demo login printed on start-up; other capabilities' seed steps act as these people. */
public record DemoAccount(String phone, String password, String displayName, Set<String> roles,
        Set<String> communities, boolean realNameVerified) {

    public static final DemoAccount CITIZEN = new DemoAccount("13800000001", "Citizen#2026", "Demo Citizen",
            Set.of("citizen"), Set.of(), true);
    public static final DemoAccount STAFF = new DemoAccount("13800000002", "Staff#2026", "Demo Staff",
            Set.of("citizen", "staff"), Set.of("c-demo"), false);
    public static final DemoAccount ADMIN = new DemoAccount("13800000003", "Admin#2026", "Demo Admin",
            Set.of("citizen", "admin"), Set.of(), false);

    public static final List<DemoAccount> ALL = List.of(CITIZEN, STAFF, ADMIN);

    /** The role shown next to the login ("citizen", "staff of c-demo", "admin"). */
    public String describe() {
        if (roles.contains("admin")) {
            return "admin";
        }
        if (roles.contains("staff")) {
            return "staff of " + String.join(", ", communities);
        }
        return realNameVerified ? "citizen, real-name verified" : "citizen";
    }
}
