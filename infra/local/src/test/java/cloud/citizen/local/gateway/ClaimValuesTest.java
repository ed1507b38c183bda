package cloud.citizen.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ClaimValuesTest {

    @Test
    void render_turnsEveryClaimIntoAString_arraysBracketedAndSpaceSeparated() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "u-1");
        claims.put("exp", new Date(1_735_689_600_000L));
        claims.put("roles", List.of("citizen", "staff"));
        claims.put("communities", List.of());
        claims.put("realNameVerified", true);
        claims.put("level", 3L);
        claims.put("address", Map.of("city", "Chengdu", "zip", "610000"));

        assertThat(ClaimValues.render(claims)).containsExactly(
                Map.entry("sub", "u-1"),
                Map.entry("exp", "1735689600"),
                Map.entry("roles", "[citizen staff]"),
                Map.entry("communities", "[]"),
                Map.entry("realNameVerified", "true"),
                Map.entry("level", "3"),
                Map.entry("address", "map[city:Chengdu zip:610000]"));
    }
}
