package com.communitysuite.clubroom.support;

import java.util.Map;
import java.util.Set;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.TestIdentities;

/** Identity tokens of campus callers, for slice tests. */
public final class CampusIdentities {

    public static final String USER = TestIdentities.bearer(SuiteIdentity.account(7,
            "6ce4443c8fcd4a2b8b407bda86ab4408", null, "campus", Set.of("user"), Map.of()));
    public static final String SUPER_USER = TestIdentities.bearer(SuiteIdentity.account(1,
            "11111111111111111111111111111111", null, "campus", Set.of("user", "admin"), Map.of()));

    private CampusIdentities() {
    }
}
