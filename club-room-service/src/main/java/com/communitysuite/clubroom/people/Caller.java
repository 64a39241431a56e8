package com.communitysuite.clubroom.people;

import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.security.identity.SuiteIdentity;

/**
 * The signed-in user behind a request, as the gateway's identity names them: the only source of who acts. Ids in a
 * request body or query are compared with it, never trusted.
 *
 * @param superUser whether the caller holds the campus super-user role
 */
public record Caller(long accountId, String uid, boolean superUser) {

    /** The refusal every surface renders as its 403 (campus: DRF's zh-hans permission text). */
    public static final String NOT_ALLOWED = "您没有执行该操作的权限。";

    public static Caller of(SuiteIdentity identity) {
        if (!identity.isAccount() || identity.accountId() == null || identity.uid() == null) {
            throw new NotAllowedException("caller.not-an-account", NOT_ALLOWED);
        }
        return new Caller(identity.accountId(), identity.uid(), identity.hasRole(SuiteIdentity.ROLE_ADMIN));
    }

    public boolean is(long accountId) {
        return this.accountId == accountId;
    }

    /** @throws NotAllowedException unless the id is the caller's own or the caller is a super user */
    public void requireSelfOrSuperUser(long accountId) {
        if (!superUser && !is(accountId)) {
            throw new NotAllowedException("caller.not-self", NOT_ALLOWED);
        }
    }
}
