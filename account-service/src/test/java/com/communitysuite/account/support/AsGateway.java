package com.communitysuite.account.support;

import java.text.ParseException;
import java.util.Map;
import java.util.Set;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestIdentities;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Calls account-service as the gateway makes them: with the gateway's identity token of the caller the gateway
 * authenticated (anonymous by default), never with the client's own credentials.
 */
public final class AsGateway {

    private AsGateway() {
    }

    /**
     * A client whose requests carry the gateway's own identity unless they name one: what the gateway's look-ups and
     * its forwarding of anonymous callers to open endpoints both pass.
     */
    public static TestHttp http(int port) {
        return TestHttp.at(port).withIdentity(TestIdentities.bearer(SuiteIdentity.service("gateway")));
    }

    /** The identity the gateway hands on for the holder of an mp or campus access token account-service issued. */
    public static String identityOf(String accessToken) {
        try {
            JWTClaimsSet claims = SignedJWT.parse(accessToken).getJWTClaimsSet();
            return TestIdentities.bearer(SuiteIdentity.account(Long.parseLong(claims.getSubject()),
                    claims.getStringClaim("uid"), claims.getStringClaim("sid"), claims.getStringClaim("surface"),
                    Set.of(SuiteIdentity.ROLE_USER), Map.of()));
        }
        catch (ParseException e) {
            throw new IllegalArgumentException("not a token account-service issued", e);
        }
    }

    /** The identity the gateway hands on for a signed-in app user. */
    public static String identityOfAppUser(long accountId, String uid) {
        return TestIdentities.account(accountId, uid, "app");
    }
}
