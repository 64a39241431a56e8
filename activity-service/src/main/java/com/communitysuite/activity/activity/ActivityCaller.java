package com.communitysuite.activity.activity;

import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.security.identity.SuiteIdentity;

/**
 * Who acts on activities, from the gateway's identity: an account, and whether it is an activity admin (mp
 * {@code activity_level} 3).
 */
public record ActivityCaller(long accountId, boolean activityAdmin) {

    public static final String ACTIVITY_LEVEL = "activity_level";
    public static final int ADMIN_LEVEL = 3;

    public static ActivityCaller of(SuiteIdentity identity) {
        if (identity == null || !identity.isAccount() || identity.accountId() == null) {
            throw new NotAllowedException("activity.not-an-account", "Authentication credentials were not provided.");
        }
        return new ActivityCaller(identity.accountId(),
                identity.levels().getOrDefault(ACTIVITY_LEVEL, 1) >= ADMIN_LEVEL);
    }

    /** The account of a caller that may be anonymous (public lists): null for an anonymous caller. */
    public static Long accountOrNull(SuiteIdentity identity) {
        return identity != null && identity.isAccount() ? identity.accountId() : null;
    }
}
