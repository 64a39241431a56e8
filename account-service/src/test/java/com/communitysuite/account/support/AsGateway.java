package com.communitysuite.account.support;

import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestIdentities;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.JsonNode;

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

    /**
     * The identity the gateway hands on for the holder of an mp or campus access token account-service issued, with
     * the roles and levels the gateway reads from account-service's principal look-up.
     *
     * @throws IllegalStateException when there is no principal (an account that may not sign in): the gateway would
     *                               not forward the request
     */
    public static String identityOf(int port, String accessToken) {
        JWTClaimsSet claims;
        try {
            claims = SignedJWT.parse(accessToken).getJWTClaimsSet();
        }
        catch (ParseException e) {
            throw new IllegalArgumentException("not a token account-service issued", e);
        }
        long accountId = Long.parseLong(claims.getSubject());
        TestHttp.Answer principal = http(port).get("/internal/principals/" + accountId);
        if (principal.status() != 200) {
            throw new IllegalStateException("no principal for account " + accountId + ": " + principal.status());
        }
        Set<String> roles = new LinkedHashSet<>();
        principal.json().get("roles").forEach(role -> roles.add(role.asString()));
        Map<String, Integer> levels = new LinkedHashMap<>();
        JsonNode levelsNode = principal.json().get("levels");
        levelsNode.propertyNames().forEach(name -> levels.put(name, levelsNode.get(name).asInt()));
        return TestIdentities.bearer(SuiteIdentity.account(accountId, (String) claims.getClaim("uid"),
                (String) claims.getClaim("sid"), (String) claims.getClaim("surface"), roles, levels));
    }

    /** The identity the gateway hands on for a signed-in app user. */
    public static String identityOfAppUser(long accountId, String uid) {
        return TestIdentities.account(accountId, uid, "app");
    }
}
