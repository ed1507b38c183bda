package cloud.citizen.local.seed;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Community {@value #COMMUNITY} through the public API as its staff would do it: four units (one
 * held by the developer), the demo citizen bound as the owner of unit 1-101, and an open motion.
 * Votes learns users only from accounts' user-directory events, so the binding waits a little for
 * the demo citizen to reach votes' directory; if it never does (accounts not publishing those
 * events), the seed says so and leaves the roster open instead of opening a motion that would
 * freeze it without an owner. Idempotent: re-loading units updates them, binding twice changes
 * nothing, and a motion is opened only when none is open.
 */
public final class VotesSeed implements SeedStep {
    static final String COMMUNITY = "c-demo";
    static final String CITIZEN_UNIT = "1-101";
    private static final Logger LOG = Logger.getLogger(VotesSeed.class.getName());
    private static final Duration DIRECTORY_PATIENCE = Duration.ofSeconds(20);

    @Override
    public String function() {
        return "VotesFunction";
    }

    @Override
    public void seed(SeedContext context) {
        LocalApiClient api = context.api();
        Optional<String> staff = Optional.of(context.accessToken(DemoAccount.STAFF));
        if (openMotion(api, staff).isPresent()) {
            LOG.fine("votes: c-demo already has an open motion, its roster is frozen");
            return;
        }
        LocalApiClient.Response units = api.post("/v1/communities/" + COMMUNITY + "/units", List.of(
                unit(CITIZEN_UNIT, "1", "101", "89.50", false), unit("1-102", "1", "102", "92.30", false),
                unit("2-201", "2", "201", "120.00", false), unit("D-001", "D", "001", "75.00", true)), staff);
        require(units, 201, "loading the units of " + COMMUNITY);
        String citizen = api.get("/v1/me", Optional.of(context.accessToken(DemoAccount.CITIZEN))).text("userId");
        if (!bindWhenKnown(api, staff, citizen)) {
            LOG.warning("votes: the demo citizen has not reached votes' user directory (accounts publishes"
                    + " user-registered/user-verified on UserDirectoryQueue): unit " + CITIZEN_UNIT
                    + " stays without an owner and no motion is opened");
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalApiClient.Response motion = api.post("/v1/communities/" + COMMUNITY + "/elections", Map.of(
                "title", "使用专项维修资金更换 1 号楼电梯 (replace the lift of building 1 from the maintenance fund)",
                "kind", "motion", "rule", "major", "opensAt", now.minusSeconds(60).atOffset(ZoneOffset.ofHours(8)).toString(),
                "closesAt", now.plus(7, ChronoUnit.DAYS).atOffset(ZoneOffset.ofHours(8)).toString()), staff);
        require(motion, 201, "opening the demo motion");
    }

    private static boolean bindWhenKnown(LocalApiClient api, Optional<String> staff, String userId) {
        long deadline = System.nanoTime() + DIRECTORY_PATIENCE.toNanos();
        while (true) {
            LocalApiClient.Response bound = api.post("/v1/communities/" + COMMUNITY + "/units/" + CITIZEN_UNIT + "/owners",
                    Map.of("userId", userId), staff);
            if (bound.status() == 201) {
                return true;
            }
            if (bound.status() != 404 || System.nanoTime() > deadline) {
                if (bound.status() != 404) {
                    throw new IllegalStateException("binding the demo citizen answered " + bound.status() + " " + bound.body());
                }
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
        }
    }

    private static Optional<JsonNode> openMotion(LocalApiClient api, Optional<String> staff) {
        LocalApiClient.Response list = api.get("/v1/communities/" + COMMUNITY + "/elections?limit=100", staff);
        require(list, 200, "listing the elections of " + COMMUNITY);
        for (JsonNode election : list.body().path("items")) {
            if ("open".equals(election.path("status").asText())) {
                return Optional.of(election);
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> unit(String unitId, String building, String number, String areaM2,
            boolean developerHeld) {
        return Map.of("unitId", unitId, "building", building, "number", number,
                "areaM2", new java.math.BigDecimal(areaM2), "developerHeld", developerHeld);
    }

    private static void require(LocalApiClient.Response response, int status, String what) {
        if (response.status() != status) {
            throw new IllegalStateException(what + " answered " + response.status() + " " + response.body());
        }
    }
}
