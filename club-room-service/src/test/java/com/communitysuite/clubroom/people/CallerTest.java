package com.communitysuite.clubroom.people;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.security.identity.SuiteIdentity;

class CallerTest {

    @Test
    void anIdInARequestMustBeTheCallersOwnUnlessTheCallerIsASuperUser() {
        Caller user = Caller.of(SuiteIdentity.account(7, "u7", null, "campus", Set.of("user"), Map.of()));
        Caller superUser = Caller.of(SuiteIdentity.account(1, "u1", null, "campus", Set.of("user", "admin"),
                Map.of()));

        assertThatCode(() -> user.requireSelfOrSuperUser(7)).doesNotThrowAnyException();
        assertThatThrownBy(() -> user.requireSelfOrSuperUser(8)).isInstanceOf(NotAllowedException.class);
        assertThatCode(() -> superUser.requireSelfOrSuperUser(8)).doesNotThrowAnyException();
    }

    @Test
    void onlyAnAccountIsACaller() {
        assertThatThrownBy(() -> Caller.of(SuiteIdentity.anonymous("app"))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> Caller.of(SuiteIdentity.service("gateway"))).isInstanceOf(NotAllowedException.class);
    }
}
