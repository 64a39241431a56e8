package com.communitysuite.user;

import java.util.Map;
import java.util.Set;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.TestIdentities;

/** Identity tokens for the slice tests' callers. */
public final class SliceIdentities {

    public static final String UID = "861da0739b7542e69b81fe4baebfd816";

    private SliceIdentities() {
    }

    public static String on(String surface) {
        return on(surface, Map.of());
    }

    public static String on(String surface, Map<String, Integer> levels, String... roles) {
        return TestIdentities.bearer(SuiteIdentity.account(5, UID, null, surface,
                roles.length == 0 ? Set.of("user") : Set.of(roles), levels));
    }
}
