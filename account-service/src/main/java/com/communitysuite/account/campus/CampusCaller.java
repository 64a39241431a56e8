package com.communitysuite.account.campus;

import org.springframework.http.HttpStatus;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.ApiProblem;

/** The campus user behind a request, as the gateway's identity token names them. */
final class CampusCaller {

    private CampusCaller() {
    }

    /**
     * @return the caller's account id
     * @throws ApiProblem a 401 {@code 缺少token。} for a caller who is not signed in, as the original answered
     */
    static long accountId(SuiteIdentity identity) {
        if (!identity.isAccount()) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, null, null, null);
        }
        return identity.accountId();
    }
}
