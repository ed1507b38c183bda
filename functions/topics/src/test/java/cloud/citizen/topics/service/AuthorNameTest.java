package cloud.citizen.topics.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.platform.auth.Role;

class AuthorNameTest {

    @Test
    void authorName_isTheTokensNameClaim_orANeutralNameWithoutOne() {
        assertThat(PublishPost.authorName(new Caller("u-1", Set.of(Role.CITIZEN), Set.of(), true, Optional.of("张三"))))
                .isEqualTo("张三");
        assertThat(PublishPost.authorName(new Caller("u-1", Set.of(Role.CITIZEN), Set.of(), true)))
                .isEqualTo(PublishPost.NEUTRAL_NAME);
        assertThat(PublishPost.authorName(new Caller("u-1", Set.of(Role.CITIZEN), Set.of(), true, Optional.of("  "))))
                .isEqualTo(PublishPost.NEUTRAL_NAME);
    }
}
