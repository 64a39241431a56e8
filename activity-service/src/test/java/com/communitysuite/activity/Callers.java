package com.communitysuite.activity;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.TestIdentities;

/** Identity tokens of mp and request-code callers, each test with accounts of its own. */
public final class Callers {

    private static final AtomicLong ACCOUNTS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000);

    private Callers() {
    }

    public static long newAccount() {
        return ACCOUNTS.incrementAndGet();
    }

    /** An mp user of that activity level: 1 user, 2 sponsor, 3 activity admin. */
    public static String mp(long accountId, int activityLevel) {
        return TestIdentities.bearer(SuiteIdentity.account(accountId, "uid-" + accountId, null, "mp",
                Set.of(SuiteIdentity.ROLE_USER), Map.of("level", 1, "activity_level", activityLevel)));
    }

    public static String codes(long accountId) {
        return TestIdentities.bearer(SuiteIdentity.account(accountId, "uid-" + accountId, null, "codes",
                Set.of(SuiteIdentity.ROLE_USER), Map.of()));
    }

    public static String campus(long accountId) {
        return TestIdentities.account(accountId, "uid-" + accountId, "campus");
    }

    public static String campusSuperUser(long accountId) {
        return TestIdentities.account(accountId, "uid-" + accountId, "campus", SuiteIdentity.ROLE_USER,
                SuiteIdentity.ROLE_ADMIN);
    }

    public static String wxUser(long accountId) {
        return TestIdentities.account(accountId, "uid-" + accountId, "wx");
    }

    public static String wxOrganization(long organizationId) {
        return TestIdentities.bearer(SuiteIdentity.organization(organizationId, "wx"));
    }

    public static String anonymousMp() {
        return TestIdentities.anonymous("mp");
    }
}
