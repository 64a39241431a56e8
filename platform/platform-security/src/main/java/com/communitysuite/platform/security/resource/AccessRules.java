package com.communitysuite.platform.security.resource;

import com.communitysuite.platform.security.identity.SuiteIdentity;

/**
 * The role checks services declare on their controllers or application services, as the bean {@code access} of
 * method security: {@code @PreAuthorize("@access.superUser()")},
 * {@code @PreAuthorize("@access.levelAtLeast('activity_level', 2)")}. A refused call is a 403 in the surface's shape.
 * Checks that depend on the data (owner, manager, member) belong to the application service, which knows the data.
 */
public class AccessRules {

    /** The bean name expressions use. */
    public static final String BEAN_NAME = "access";

    /** A signed-in account (not an anonymous caller, an organization key or a service). */
    public boolean account() {
        return CurrentIdentity.get().map(SuiteIdentity::isAccount).orElse(false);
    }

    /** A campus super user (account-service's {@code admin} role). */
    public boolean superUser() {
        return CurrentIdentity.get().map(i -> i.isAccount() && i.hasRole(SuiteIdentity.ROLE_ADMIN)).orElse(false);
    }

    /** An account whose permission level {@code name} ({@code level}, {@code activity_level}) is at least {@code min}. */
    public boolean levelAtLeast(String name, int min) {
        return CurrentIdentity.get().map(i -> i.isAccount() && i.levels().getOrDefault(name, 1) >= min).orElse(false);
    }

    /** An organization's API key (the wx surface's {@code access_type=org}). */
    public boolean organization() {
        return CurrentIdentity.get().map(i -> i.kind() == SuiteIdentity.Kind.ORGANIZATION).orElse(false);
    }

    /** A service or the gateway calling on its own behalf. */
    public boolean service() {
        return CurrentIdentity.get().map(i -> i.kind() == SuiteIdentity.Kind.SERVICE).orElse(false);
    }
}
