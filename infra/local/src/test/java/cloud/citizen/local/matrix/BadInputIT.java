package cloud.citizen.local.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Generated bad input at every route of template.yaml, signed in as a real-name verified admin
 * (who passes every role check, so validation is what answers), through the local gateway: never
 * a 5xx, every 4xx a problem+json with a {@code code}, and a refused write leaves the route's
 * table as it was. {@value #TRIES} tries, about 30 a route.
 */
class BadInputIT {
    private static final Logger LOG = Logger.getLogger(BadInputIT.class.getName());
    static final int TRIES = 2_400;
    /**
     * Refusals that count an attempt towards a limit the contract sets (5 failed logins, 10 failed
     * binds, 5 failed real-name attempts a day): these must write, nothing else refused may.
     */
    private static final Set<String> ATTEMPT_CODES = Set.of("BAD_CREDENTIALS", "BAD_SMS_CODE", "ACCOUNT_NOT_FOUND",
            "BAD_ID_NUMBER", "ID_NUMBER_TAKEN", "TOO_MANY_ATTEMPTS", "TOO_MANY_CODES", "ACCOUNT_LOCKED");
    private static final Set<String> READS = Set.of("GET", "HEAD");

    private static final Set<String> KNOWN = KnownFailures.badInput();
    private static MatrixTarget target;
    private static MatrixHttp http;
    private static Optional<String> admin;
    private static TableCounts counts;

    private static synchronized void connect() {
        if (target == null) {
            target = MatrixTarget.get();
            http = target.http();
            admin = SharedFixtures.get().callers().token(Caller.ADMIN);
            counts = new TableCounts(target);
            counts.awaitQuiet(TemplateRoutes.all().stream().map(TemplateRoutes.Route::function).distinct().toList());
        }
    }

    @Provide
    Arbitrary<BadRequests.BadRequest> badRequests() {
        Map<String, String> bodies = new HashMap<>();
        AccessMatrix.rows().forEach(row -> bodies.put(row.route(), row.body() == null ? null
                : row.body().replaceAll("\\{([a-zA-Z]+)\\}", "x")));
        return BadRequests.forRoutes(TemplateRoutes.all(), bodies);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF, generation = GenerationMode.RANDOMIZED)
    void badInput_isRefusedWithProblemJson_neverA5xx_andWritesNothing(@ForAll("badRequests") BadRequests.BadRequest request) {
        connect();
        boolean write = !READS.contains(request.route().method());
        Optional<Long> before = write ? counts.itemsOf(request.route().function()) : Optional.empty();

        MatrixHttp.Answer answer = http.send(request.route().method(), request.path(), admin, request.body(),
                request.headers());
        if (Boolean.getBoolean("badinput.survey")) {
            // while writing the known-failures list: every failing try, not only the first
            try {
                check(request, write, before, answer);
            } catch (AssertionError failed) {
                LOG.warning("BAD-INPUT-FAILURE " + failed.getMessage().replace('\n', ' '));
            }
            return;
        }
        check(request, write, before, answer);
    }

    private static void check(BadRequests.BadRequest request, boolean write, Optional<Long> before,
            MatrixHttp.Answer answer) {
        if (answer.status() >= 500 && (KNOWN.contains(request.route().key() + " × " + request.kind())
                || KNOWN.contains(KnownFailures.ANY_ROUTE + " × " + request.kind()))) {
            LOG.warning("KNOWN-BAD-INPUT-FAILURE (" + KnownFailures.BAD_INPUT_RESOURCE + ") " + request + " answered "
                    + answer.status());
            return;
        }
        assertThat(answer.status()).as("%s answered %s", request, answer.body()).isLessThan(500);
        if (answer.status() >= 400 && answer.status() != 413) {
            assertThat(answer.contentType()).as("%s answered %s", request, answer.body())
                    .startsWith("application/problem+json");
            assertThat(answer.code()).as("%s answered %s", request, answer.body()).isNotBlank();
        }
        if (write && answer.status() >= 400 && !ATTEMPT_CODES.contains(answer.code()) && before.isPresent()) {
            assertThat(counts.itemsOf(request.route().function())).as("items of %s's table after %s answered %s",
                    request.route().function(), request, answer.body()).isEqualTo(before);
        }
    }
}
