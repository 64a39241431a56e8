package com.communitysuite.account.campus;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.ApiProblem;

/**
 * The campus user or super user behind a request, as the gateway's identity token names them. Ids in request
 * bodies are checked against it, never trusted; the super-user role is checked against account-service's own records.
 */
@Component
public class CampusCaller {

    static final String MISSING = "缺少token。";

    private final SuperAdmins superAdmins;

    CampusCaller(SuperAdmins superAdmins) {
        this.superAdmins = superAdmins;
    }

    /** @return the caller's account id */
    public long require(SuiteIdentity identity) {
        if (!identity.isAccount()) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, MISSING, null, null);
        }
        return identity.accountId();
    }

    /** @return the caller's account id, when the caller is a super user */
    public long requireSuperAdmin(SuiteIdentity identity) {
        long caller = require(identity);
        if (!superAdmins.isSuperAdmin(caller)) {
            throw ApiProblem.forbidden(null);
        }
        return caller;
    }

    /** @throws ApiProblem 403 unless the body's id is the caller's own */
    public void requireSelf(long caller, long claimedId) {
        if (caller != claimedId) {
            throw ApiProblem.forbidden(null);
        }
    }
}
