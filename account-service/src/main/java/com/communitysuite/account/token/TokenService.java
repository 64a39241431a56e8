package com.communitysuite.account.token;

import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.events.TokenSessionRevoked;
import com.communitysuite.platform.events.DomainEvents;
import com.communitysuite.platform.security.identity.Es256;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Access and refresh JWTs for the mp and campus surfaces. A sign-in opens a token session; each refresh token is
 * used once and replaced, and presenting a used one again revokes the whole session (a stolen token gets the
 * thief at most one refresh).
 */
@Service
public class TokenService {

    static final String ACCESS = "access";
    static final String REFRESH = "refresh";

    private final SigningKeys keys;
    private final JdbcTemplate jdbc;
    private final DomainEvents events;
    private final TokenProperties properties;
    private final Clock clock;

    TokenService(SigningKeys keys, JdbcTemplate jdbc, DomainEvents events, TokenProperties properties, Clock clock) {
        this.keys = keys;
        this.jdbc = jdbc;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new access and refresh token. */
    public record TokenPair(String access, String refresh, long accountId, UUID sessionId) {
    }

    @Transactional
    public TokenPair openSession(long accountId, String uid, String surface) {
        UUID sessionId = UUID.randomUUID();
        jdbc.update("INSERT INTO token_session (id, account_id, surface, created_at) VALUES (?, ?, ?, ?)", sessionId,
                accountId, surface, Timestamp.from(clock.instant()));
        return issue(accountId, uid, surface, sessionId);
    }

    /**
     * @throws InvalidTokenException when the token is not a valid, unused refresh token of a live session
     */
    @Transactional(noRollbackFor = InvalidTokenException.class)
    public TokenPair refresh(String refreshToken) {
        JWTClaimsSet claims = verify(refreshToken, REFRESH);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT r.used_at, s.revoked_at, s.account_id, s.surface"
                + " FROM refresh_token r JOIN token_session s ON s.id = r.session_id WHERE r.jti = ? FOR UPDATE OF r",
                claims.getJWTID());
        if (rows.isEmpty()) {
            throw new InvalidTokenException("invalid refresh");
        }
        Map<String, Object> row = rows.get(0);
        UUID sessionId = UUID.fromString(claim(claims, "sid"));
        if (row.get("revoked_at") != null) {
            throw new InvalidTokenException("invalid refresh");
        }
        if (row.get("used_at") != null) {
            revokeSession(sessionId, ((Number) row.get("account_id")).longValue(), claim(claims, "uid"),
                    "refresh-token-reuse");
            throw new InvalidTokenException("invalid refresh");
        }
        jdbc.update("UPDATE refresh_token SET used_at = ? WHERE jti = ?", Timestamp.from(clock.instant()),
                claims.getJWTID());
        return issue(((Number) row.get("account_id")).longValue(), claim(claims, "uid"), (String) row.get("surface"),
                sessionId);
    }

    /** An access token and when it expires. */
    public record AccessToken(String token, Instant expiresAt) {
    }

    /**
     * A fresh access token in a live token session of the account, made as sign-in makes one (the refresh token is
     * not touched): for the mp surface's answers, which hand the client a current one.
     *
     * @return empty when the session is unknown, revoked, or not that account's
     */
    @Transactional
    public Optional<AccessToken> accessFor(long accountId, String sessionId) {
        UUID session;
        try {
            session = UUID.fromString(String.valueOf(sessionId));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return jdbc.query("SELECT s.surface, a.uid FROM token_session s JOIN account a ON a.id = s.account_id"
                + " WHERE s.id = ? AND s.account_id = ? AND s.revoked_at IS NULL",
                (rs, i) -> new String[] { rs.getString(1), rs.getString(2) }, session, accountId).stream()
                .findFirst()
                .map(live -> {
                    Instant now = clock.instant();
                    // A JWT's exp is whole seconds: the answer names the instant the token says.
                    Instant expiresAt = now.plus(properties.accessValidity()).truncatedTo(ChronoUnit.SECONDS);
                    return new AccessToken(sign(keys.current(), claims(accountId, live[1], live[0], session, ACCESS,
                            UUID.randomUUID().toString(), now, expiresAt)), expiresAt);
                });
    }

    /** Ends every token session of an account (logout, log-off, consent revoked, frozen). */
    @Transactional
    public void revokeAll(long accountId, String uid, String reason) {
        List<UUID> live = jdbc.queryForList("SELECT id FROM token_session WHERE account_id = ? AND revoked_at IS NULL",
                UUID.class, accountId);
        live.forEach(sessionId -> revokeSession(sessionId, accountId, uid, reason));
    }

    private void revokeSession(UUID sessionId, long accountId, String uid, String reason) {
        int changed = jdbc.update("UPDATE token_session SET revoked_at = ?, revoke_reason = ? WHERE id = ?"
                + " AND revoked_at IS NULL", Timestamp.from(clock.instant()), reason, sessionId);
        if (changed > 0) {
            events.publish(new TokenSessionRevoked(accountId, uid, sessionId.toString(), reason));
        }
    }

    private TokenPair issue(long accountId, String uid, String surface, UUID sessionId) {
        Instant now = clock.instant();
        ECKey key = keys.current();
        String access = sign(key, claims(accountId, uid, surface, sessionId, ACCESS, UUID.randomUUID().toString(), now,
                now.plus(properties.accessValidity())));
        String refreshJti = UUID.randomUUID().toString();
        Instant refreshExpiry = now.plus(properties.refreshValidity());
        String refresh = sign(key, claims(accountId, uid, surface, sessionId, REFRESH, refreshJti, now,
                refreshExpiry));
        jdbc.update("INSERT INTO refresh_token (jti, session_id, expires_at) VALUES (?, ?, ?)", refreshJti, sessionId,
                Timestamp.from(refreshExpiry));
        return new TokenPair(access, refresh, accountId, sessionId);
    }

    /**
     * Access tokens say whether the user has agreed to the privacy policy, so the gateway can hold back a user who
     * has not; agreeing hands back a fresh access token that says so.
     */
    private JWTClaimsSet claims(long accountId, String uid, String surface, UUID sessionId, String use, String jti,
            Instant issuedAt, Instant expiresAt) {
        Boolean agreed = jdbc.queryForObject("SELECT privacy_agreed_at IS NOT NULL FROM account WHERE id = ?",
                Boolean.class, accountId);
        return new JWTClaimsSet.Builder()
                .claim("privacy_agreed", Boolean.TRUE.equals(agreed))
                .issuer(properties.issuer())
                .subject(Long.toString(accountId))
                .jwtID(jti)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .claim("uid", uid)
                .claim("surface", surface)
                .claim("sid", sessionId.toString())
                .claim("token_use", use)
                .build();
    }

    private static String sign(ECKey key, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(Es256.signer(key));
        }
        catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
        return jwt.serialize();
    }

    private JWTClaimsSet verify(String token, String use) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            ECKey key = keys.find(jwt.getHeader().getKeyID())
                    .orElseThrow(() -> new InvalidTokenException("Token is invalid or expired"));
            if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())
                    || !jwt.verify(Es256.verifier(key))) {
                throw new InvalidTokenException("Token is invalid or expired");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            if (expiry == null || !expiry.toInstant().isAfter(clock.instant())
                    || !properties.issuer().equals(claims.getIssuer()) || !use.equals(claims.getClaim("token_use"))
                    || claims.getJWTID() == null || claims.getClaim("sid") == null) {
                throw new InvalidTokenException("Token is invalid or expired");
            }
            return claims;
        }
        catch (ParseException | JOSEException | IllegalArgumentException e) {
            throw new InvalidTokenException("Token is invalid or expired");
        }
    }

    private static String claim(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value == null ? null : value.toString();
    }
}
