package com.communitysuite.clubroom.support;

import java.util.Map;
import java.util.Set;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestIdentities;

/** A user in a flow, calling the service as the gateway forwards them on the app and the campus surface. */
public record Actor(long id, String uid, String nickname, TestHttp app, TestHttp campus) {

    static Actor of(int port, long id, String uid, String nickname, boolean superUser) {
        Set<String> roles = superUser ? Set.of(SuiteIdentity.ROLE_USER, SuiteIdentity.ROLE_ADMIN)
                : Set.of(SuiteIdentity.ROLE_USER);
        return new Actor(id, uid, nickname, client(port, id, uid, "app", roles), client(port, id, uid, "campus", roles));
    }

    private static TestHttp client(int port, long id, String uid, String surface, Set<String> roles) {
        return TestHttp.at(port).withIdentity(TestIdentities.bearer(SuiteIdentity.account(id, uid, null, surface,
                roles, Map.of())));
    }
}
