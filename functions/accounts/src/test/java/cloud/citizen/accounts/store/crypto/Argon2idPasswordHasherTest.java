package cloud.citizen.accounts.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class Argon2idPasswordHasherTest {

    /** Cheap parameters, so the behavioural tests don't each spend 7 MiB and ~100 ms. */
    private static final Argon2idParameters CHEAP = new Argon2idParameters(64, 1, 1);

    private final Argon2idPasswordHasher cheap = new Argon2idPasswordHasher(CHEAP);

    @Test
    void hash_withDefaults_isAPhcStringWithOwaspParameters() {
        Argon2idPasswordHasher hasher = new Argon2idPasswordHasher();

        String hash = hasher.hash("Tianfu-2026");

        assertThat(hash).matches("\\$argon2id\\$v=19\\$m=7168,t=5,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hasher.verify("Tianfu-2026", hash)).isTrue();
        assertThat(hasher.needsRehash(hash)).isFalse();
    }

    @Test
    void verify_acceptsAHashFromTheArgon2ReferenceImplementation() {
        // Made with the reference CLI (Debian package argon2):
        // echo -n "Tianfu-2026" | argon2 citizen-cloud-salt -id -t 2 -k 19456 -p 1 -l 32 -e
        String reference = "$argon2id$v=19$m=19456,t=2,p=1$Y2l0aXplbi1jbG91ZC1zYWx0$lLDk5kRAeG+8a0jpM6KCqe/D4hcITY1GHt3nbceUwTw";

        assertThat(new Argon2idPasswordHasher().verify("Tianfu-2026", reference)).isTrue();
        assertThat(new Argon2idPasswordHasher().verify("Tianfu-2027", reference)).isFalse();
    }

    @Test
    void verify_acceptsAHashStoredByThePassword4jHasherOfEarlierVersions() {
        // What Argon2idPasswordHasher wrote before it moved to Bouncy Castle (password4j 1.8.4,
        // Argon2Function.getInstance(19456, 2, 1, 32, ID, 0x13).hash(password, "password4j-salt!").getResult()):
        // accounts registered then must still log in.
        String password4j = "$argon2id$v=19$m=19456,t=2,p=1$cGFzc3dvcmQ0ai1zYWx0IQ$+DgO7XJPSunIiPWiMAgfg7tjEc/B4zy9kWXKvfZfYJA";

        assertThat(new Argon2idPasswordHasher().verify("Tianfu-2026", password4j)).isTrue();
        assertThat(new Argon2idPasswordHasher().verify("Tianfu-2027", password4j)).isFalse();
        // 19 MiB/t=2 then, 7 MiB/t=5 now: replaced at the next login
        assertThat(new Argon2idPasswordHasher().needsRehash(password4j)).isTrue();
    }

    @Test
    void hash_isThePhcStringOfWhatItComputed_soParsingItGivesTheSameParametersBack() {
        String hash = cheap.hash("Tianfu-2026");

        Argon2idHash parsed = Argon2idHash.parse(hash).orElseThrow();
        assertThat(parsed.parameters()).isEqualTo(CHEAP);
        assertThat(parsed.salt()).hasSize(Argon2idPasswordHasher.SALT_BYTES);
        assertThat(parsed.hash()).hasSize(Argon2idPasswordHasher.HASH_BYTES);
        assertThat(parsed.phc()).isEqualTo(hash);
    }

    @Test
    void hash_ofTheSamePasswordTwice_differsBecauseOfTheSalt() {
        assertThat(cheap.hash("Tianfu-2026")).isNotEqualTo(cheap.hash("Tianfu-2026"));
    }

    @Test
    void verify_whenPasswordWrong_isFalse() {
        String hash = cheap.hash("Tianfu-2026");

        assertThat(cheap.verify("tianfu-2026", hash)).isFalse();
        assertThat(cheap.verify("", hash)).isFalse();
    }

    @Test
    void verify_normalisesFullWidthCharacters() {
        String hash = cheap.hash("Ｔｉａｎｆｕ－２０２６"); // typed with a full-width keyboard

        assertThat(cheap.verify("Tianfu-2026", hash)).isTrue();
    }

    @Test
    void verify_handlesNonAsciiPasswords() {
        String hash = cheap.hash("天府之国Chengdu2026");

        assertThat(cheap.verify("天府之国Chengdu2026", hash)).isTrue();
        assertThat(cheap.verify("天府之国Chengdu2025", hash)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "not a hash",
        "$2a$10$abcdefghijklmnopqrstuuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01",  // bcrypt
        "$argon2i$v=19$m=64,t=1,p=1$c29tZXNhbHQ$q83vLr0y3O9GmN+v4Kc1xQ2bW7pZs6Ht", // another variant
        "$argon2id$v=16$m=64,t=1,p=1$c29tZXNhbHRzYWx0$q83vLr0y3O9GmN+v4Kc1xQ2bW7pZs6Ht", // old version
        "$argon2id$v=19$m=4194304,t=1,p=1$c29tZXNhbHRzYWx0$q83vLr0y3O9GmN+v4Kc1xQ2bW7pZs6Ht", // 4 GiB
        "$argon2id$v=19$m=64,t=1000,p=1$c29tZXNhbHRzYWx0$q83vLr0y3O9GmN+v4Kc1xQ2bW7pZs6Ht",
        "$argon2id$v=19$m=64,t=1,p=1$c2FsdA$q83vLr0y3O9GmN+v4Kc1xQ2bW7pZs6Ht" // 4-byte salt
    })
    void verify_whenStoredHashUnreadableOrOutOfBounds_failsClosedAndAsksForRehash(String stored) {
        assertThat(cheap.verify("Tianfu-2026", stored)).isFalse();
        assertThat(cheap.needsRehash(stored)).isTrue();
    }

    @Test
    void verify_whenHashMadeWithOlderParameters_stillWorksButNeedsRehash() {
        String oldHash = cheap.hash("Tianfu-2026");
        Argon2idPasswordHasher current = new Argon2idPasswordHasher(new Argon2idParameters(128, 2, 1));

        assertThat(current.verify("Tianfu-2026", oldHash)).isTrue();
        assertThat(current.needsRehash(oldHash)).isTrue();
        assertThat(current.needsRehash(current.hash("Tianfu-2026"))).isFalse();
    }

    @Test
    void dummyVerify_doesTheWorkWithoutFailing() {
        cheap.dummyVerify("whatever was typed");
        cheap.dummyVerify("");
    }

    @Test
    void parameters_outsideSaneBounds_areRefused() {
        assertThatThrownBy(() -> new Argon2idParameters(4, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2idParameters(1024, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2idParameters(1024, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2idParameters(1024 * 1024, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
