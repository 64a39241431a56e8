package com.communitysuite.account.mp;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.communitysuite.account.token.InvalidTokenException;
import com.communitysuite.account.token.TokenService;
import com.communitysuite.platform.web.ApiProblem;
import com.nimbusds.jwt.JWTClaimsSet;

/**
 * The mini-program user behind a request, from the access token account-service itself issued. account-service
 * checks its own tokens here rather than trusting any id in the request.
 */
@Component
class MpCaller {

    private final TokenService tokens;

    MpCaller(TokenService tokens) {
        this.tokens = tokens;
    }

    JWTClaimsSet require(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "Authentication credentials were not provided.", null, null);
        }
        try {
            return tokens.verifyAccess(authorization.substring(7).trim());
        }
        catch (InvalidTokenException e) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "Given token not valid for any token type", null, null);
        }
    }
}
