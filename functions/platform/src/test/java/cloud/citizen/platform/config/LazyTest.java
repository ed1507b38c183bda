package cloud.citizen.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class LazyTest {

    @Test
    void value_isMadeOnFirstUse_andThenShared() {
        AtomicInteger made = new AtomicInteger();
        Lazy<Object> lazy = Lazy.of(() -> {
            made.incrementAndGet();
            return new Object();
        });
        assertThat(lazy.isMade()).isFalse();
        assertThat(made).hasValue(0);

        Object first = lazy.get();

        assertThat(lazy.get()).isSameAs(first);
        assertThat(made).hasValue(1);
        assertThat(lazy.isMade()).isTrue();
    }

    @Test
    void aFactoryThatFails_isAskedAgainNextTime() {
        AtomicInteger attempts = new AtomicInteger();
        Lazy<String> lazy = Lazy.of(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("not reachable yet");
            }
            return "value";
        });

        assertThatThrownBy(lazy::get).isInstanceOf(IllegalStateException.class);
        assertThat(lazy.get()).isEqualTo("value");
    }
}
