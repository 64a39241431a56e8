package com.communitysuite.platform.security.identity;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jwt.JWTClaimsSet;

/** How a {@link SuiteIdentity} is written into, and read back from, the gateway's identity token. */
public final class IdentityClaims {

    public static final String ISSUER = "community-suite-gateway";
    public static final String AUDIENCE = "community-suite-services";
    static final String KIND = "kind";
    static final String ACCOUNT_ID = "account_id";
    static final String UID = "uid";
    static final String SESSION_ID = "sid";
    static final String ORGANIZATION_ID = "org_id";
    static final String SURFACE = "surface";
    static final String ROLES = "roles";
    static final String LEVELS = "levels";
    static final String CLIENT_TYPE = "client_type";
    static final String CLIENT_VERSION = "client_version";

    private IdentityClaims() {
    }

    public static JWTClaimsSet write(SuiteIdentity identity, Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(identity.subject())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .claim(KIND, identity.kind().claim())
                .claim(SURFACE, identity.surface())
                .claim(ROLES, List.copyOf(identity.roles()))
                .claim(LEVELS, Map.copyOf(identity.levels()));
        putIfPresent(claims, ACCOUNT_ID, identity.accountId());
        putIfPresent(claims, UID, identity.uid());
        putIfPresent(claims, SESSION_ID, identity.sessionId());
        putIfPresent(claims, ORGANIZATION_ID, identity.organizationId());
        putIfPresent(claims, CLIENT_TYPE, identity.clientType());
        putIfPresent(claims, CLIENT_VERSION, identity.clientVersion());
        return claims.build();
    }

    /** Reads claims from any map of them (a Nimbus claim set's, or Spring Security's {@code Jwt#getClaims()}). */
    public static SuiteIdentity read(Map<String, Object> claims) {
        Set<String> roles = new LinkedHashSet<>();
        if (claims.get(ROLES) instanceof List<?> list) {
            list.forEach(role -> roles.add(String.valueOf(role)));
        }
        Map<String, Integer> levels = new HashMap<>();
        if (claims.get(LEVELS) instanceof Map<?, ?> map) {
            map.forEach((name, level) -> {
                if (level instanceof Number number) {
                    levels.put(String.valueOf(name), number.intValue());
                }
            });
        }
        return new SuiteIdentity(SuiteIdentity.Kind.fromClaim(String.valueOf(claims.get(KIND))),
                longOrNull(claims.get(ACCOUNT_ID)), stringOrNull(claims.get(UID)), stringOrNull(claims.get(SESSION_ID)),
                longOrNull(claims.get(ORGANIZATION_ID)), stringOrNull(claims.get(SURFACE)), roles, levels,
                claims.get(CLIENT_TYPE) instanceof Number type ? type.intValue() : null,
                stringOrNull(claims.get(CLIENT_VERSION)));
    }

    public static SuiteIdentity read(JWTClaimsSet claims) {
        return read(claims.getClaims());
    }

    private static void putIfPresent(JWTClaimsSet.Builder claims, String name, Object value) {
        if (value != null) {
            claims.claim(name, value);
        }
    }

    private static Long longOrNull(Object value) {
        return value instanceof Number number ? number.longValue() : null;
    }

    private static String stringOrNull(Object value) {
        return value == null ? null : value.toString();
    }
}
