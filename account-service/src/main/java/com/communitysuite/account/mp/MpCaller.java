package com.communitysuite.account.mp;

import org.springframework.http.HttpStatus;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.ApiProblem;

/** The mini-program user behind a request, as the gateway's identity token names them. */
final class MpCaller {

    private MpCaller() {
    }

    /**
     * @return the caller's account id
     * @throws ApiProblem DRF's 401 for a caller who is not signed in
     */
    static long accountId(SuiteIdentity identity) {
        if (!identity.isAccount()) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "Authentication credentials were not provided.", null, null);
        }
        return identity.accountId();
    }
}
