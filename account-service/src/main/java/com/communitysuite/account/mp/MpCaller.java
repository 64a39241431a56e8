package com.communitysuite.account.mp;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.ApiProblem;

/** The mini-program user behind a request, as the gateway's identity token names them. */
@Component
class MpCaller {

    /** @return the caller's account id */
    long require(SuiteIdentity identity) {
        if (!identity.isAccount()) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "Authentication credentials were not provided.", null, null);
        }
        return identity.accountId();
    }
}
