package cloud.citizen.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.platform.problem.ProblemException;

class CursorCodecTest {
    private final CursorCodec codec = new CursorCodec("test-secret");
    private final Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("USER#1"),
            "sk", AttributeValue.fromS("BILL#2026-11"), "due", AttributeValue.fromN("20261128"));

    @Test
    void decode_ofEncodedKey_returnsTheSameKey() {
        assertThat(codec.decode(codec.encode(key))).isEqualTo(key);
    }

    @Test
    void keyFromSecretsManager_isReadOnlyWhenACursorIsSignedOrChecked_andThenOnce() {
        AtomicInteger reads = new AtomicInteger();
        CursorCodec lazy = new CursorCodec(() -> {
            reads.incrementAndGet();
            return "test-secret";
        });

        assertThat(lazy.encode(null)).isNull(); // a last page needs no key
        assertThat(lazy.decode(null)).isNull(); // nor does a first page
        assertThat(reads).hasValue(0);

        String cursor = lazy.encode(key);
        assertThat(lazy.decode(cursor)).isEqualTo(key);
        assertThat(cursor).isEqualTo(codec.encode(key));
        assertThat(reads).hasValue(1);
    }

    @Test
    void keyThatCannotBeRead_failsTheRequest_insteadOfPassingForABadCursor() {
        CursorCodec unreadable = new CursorCodec(() -> {
            throw new IllegalStateException("Secrets Manager unreachable");
        });

        assertThatThrownBy(() -> unreadable.decode(codec.encode(key))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void encode_ofNoKey_isNullSoTheLastPageSaysSo() {
        assertThat(codec.encode(null)).isNull();
        assertThat(codec.encode(Map.of())).isNull();
    }

    @Test
    void decode_whenPayloadIsAltered_refusesWithInvalidCursor() {
        String cursor = codec.encode(key);
        String forgedPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("pk=S:USER#2\nsk=S:BILL#2026-11\n".getBytes());
        String forged = forgedPayload + cursor.substring(cursor.indexOf('.'));

        assertThatThrownBy(() -> codec.decode(forged)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).code()).isEqualTo("INVALID_CURSOR"));
    }

    @Test
    void decode_whenSignedWithAnotherKey_refuses() {
        String foreign = new CursorCodec("other-secret").encode(key);

        assertThatThrownBy(() -> codec.decode(foreign)).isInstanceOf(ProblemException.class);
    }

    @Test
    void decode_ofGarbage_refusesInsteadOfFailing() {
        for (String garbage : new String[] { "", "abc", "a.b", "....", "%%%.%%%" }) {
            assertThatThrownBy(() -> codec.decode(garbage)).isInstanceOf(ProblemException.class);
        }
    }

    @Test
    void boundCursor_decodesForItsOwnQuestion_toTheSameKey() {
        String cursor = codec.encode(key, "bills|u-1|unpaid");

        assertThat(codec.decode(cursor, "bills|u-1|unpaid")).isEqualTo(key);
    }

    @Test
    void boundCursor_withAnotherQuestion_orUnbound_refusesWithInvalidCursor() {
        String cursor = codec.encode(key, "bills|u-1|unpaid");

        for (String other : new String[] { "bills|u-1|paid", "bills|u-2|unpaid", "payments|u-1" }) {
            assertThatThrownBy(() -> codec.decode(cursor, other)).isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).code()).isEqualTo("INVALID_CURSOR"));
        }
        assertThatThrownBy(() -> codec.decode(codec.encode(key), "bills|u-1|unpaid"))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void cursorsSignedOnManyThreadsAtOnce_areAllTheSameValidCursor() throws Exception {
        String expected = new CursorCodec("test-secret").encode(key);
        List<Callable<Boolean>> signers = Collections.nCopies(8, () -> {
            for (int i = 0; i < 200; i++) {
                String cursor = codec.encode(key);
                if (!cursor.equals(expected) || !codec.decode(cursor).equals(key)) {
                    return false;
                }
            }
            return true;
        });
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (Future<Boolean> signed : threads.invokeAll(signers)) {
                assertThat(signed.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
