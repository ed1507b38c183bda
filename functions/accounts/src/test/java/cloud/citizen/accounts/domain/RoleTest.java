package cloud.citizen.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void wireNames_areLowerCase() {
        assertThat(List.of(Role.values())).extracting(Role::wireName).containsExactly("citizen", "staff", "admin");
    }

    @Test
    void fromWireName_matchesExactlyOneSpelling() {
        assertThat(Role.fromWireName("staff")).contains(Role.STAFF);
        assertThat(Role.fromWireName("Staff")).isEmpty();
        assertThat(Role.fromWireName("root")).isEmpty();
        assertThat(Role.fromWireName(null)).isEmpty();
    }
}
