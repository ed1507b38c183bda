package cloud.citizen.local.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cloud.citizen.local.Eventually;
import cloud.citizen.local.platform.SharedPlatform;

/**
 * Every route of template.yaml asked by every kind of caller, through the local gateway (the real
 * JWT authorizer, routes and packaged functions), against access-matrix.md. Cells listed in
 * access-matrix-known-failures.md must still give the answer listed there (another branch fixes
 * them; then the line is deleted).
 */
class AccessMatrixIT {

    @Test
    void everyRoute_answersEveryKindOfCaller_asTheContractSays() {
        MatrixTarget target = MatrixTarget.get();
        AccessMatrixFixtures fixtures = SharedFixtures.get();
        KnownFailures known = KnownFailures.load();
        List<String> wrong = new ArrayList<>();
        int asked = 0;
        for (AccessMatrix.Row row : AccessMatrix.rows()) {
            if (known.pendingRoutes().contains(row.route())) {
                continue;
            }
            for (Caller caller : Caller.values()) {
                String cell = row.route() + " × " + caller.column();
                MatrixHttp.Answer answer;
                try {
                    answer = ask(target.http(), fixtures, row, caller);
                } catch (AssertionError | RuntimeException fixtureFailed) {
                    wrong.add(cell + ": could not be asked: " + fixtureFailed.getMessage());
                    continue;
                }
                asked++;
                Expected contract = row.expected().get(caller);
                Optional<Expected> today = known.answerToday(row.route(), caller);
                if (today.isPresent()) {
                    if (contract.matches(answer.status(), answer.code())) {
                        wrong.add(cell + ": now answers as the contract says; delete its line from "
                                + KnownFailures.RESOURCE);
                    } else if (!today.get().matches(answer.status(), answer.code())) {
                        wrong.add(cell + ": known to answer " + today.get() + ", answered " + describe(answer));
                    }
                } else if (!contract.matches(answer.status(), answer.code())) {
                    wrong.add(cell + ": expected " + contract + ", answered " + describe(answer));
                }
            }
        }
        awaitSettledPayments(target.http(), fixtures.callers().token(Caller.CITIZEN));
        assertThat(asked).isGreaterThan(400);
        assertThat(wrong).as("cells of the access matrix answered otherwise").isEmpty();
    }

    private static MatrixHttp.Answer ask(MatrixHttp http, AccessMatrixFixtures fixtures, AccessMatrix.Row row,
            Caller caller) {
        String path = fixtures.resolve(row.path(), caller);
        String body = fixtures.resolve(row.body(), caller);
        Map<String, String> headers = row.method().equals("POST")
                ? Map.of("Idempotency-Key", "matrix-" + UUID.randomUUID())
                : Map.of();
        byte[] bytes = body == null ? (row.method().equals("POST") ? new byte[0] : null)
                : body.getBytes(StandardCharsets.UTF_8);
        return http.send(row.method(), path, fixtures.callers().token(caller), bytes, headers);
    }

    /** The sandbox declines the citizen's payment of its row within seconds; later tests may pay that bill again. */
    private static void awaitSettledPayments(MatrixHttp http, Optional<String> citizen) {
        Eventually.within(SharedPlatform.PATIENCE, "the citizen's payments settle", () -> {
            for (var payment : http.get("/v1/payments?limit=100", citizen).json().path("items")) {
                if (payment.path("status").asText().equals("pending")) {
                    return null;
                }
            }
            return true;
        });
    }

    private static String describe(MatrixHttp.Answer answer) {
        String body = answer.body().length() > 300 ? answer.body().substring(0, 300) + "…" : answer.body();
        return answer.status() + (answer.code().isEmpty() ? "" : " " + answer.code()) + " " + body;
    }
}
