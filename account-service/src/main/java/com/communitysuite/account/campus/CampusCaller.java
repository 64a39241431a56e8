package com.communitysuite.account.campus;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.communitysuite.account.token.InvalidTokenException;
import com.communitysuite.account.token.TokenService;
import com.communitysuite.platform.web.ApiProblem;

/**
 * The campus user or super user behind a request, from the token account-service issued: {@code Token <t>} (super
 * users) or {@code Authorization: <scheme> <t>}. Ids in request bodies are checked against it, never trusted.
 */
@Component
public class CampusCaller {

    static final String MISSING = "缺少token。";
    static final String INVALID = "非法token";

    private final TokenService tokens;
    private final SuperAdmins superAdmins;

    CampusCaller(TokenService tokens, SuperAdmins superAdmins) {
        this.tokens = tokens;
        this.superAdmins = superAdmins;
    }

    /** @return the caller's account id */
    public long require(String tokenHeader, String authorization) {
        String token = tokenHeader;
        if ((token == null || token.isBlank()) && authorization != null && authorization.trim().contains(" ")) {
            token = authorization.trim().substring(authorization.trim().indexOf(' ') + 1).trim();
        }
        if (token == null || token.isBlank()) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, MISSING, null, null);
        }
        try {
            return Long.parseLong(tokens.verifyAccess(token).getSubject());
        }
        catch (InvalidTokenException | NumberFormatException e) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, INVALID, null, null);
        }
    }

    /** @return the caller's account id, when the caller is a super user */
    public long requireSuperAdmin(String tokenHeader, String authorization) {
        long caller = require(tokenHeader, authorization);
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
