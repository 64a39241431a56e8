package com.communitysuite.gateway.auth;

import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;

import com.communitysuite.platform.security.identity.Es256;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import reactor.core.publisher.Mono;

/**
 * account-service's access tokens, checked without asking it: ES256 with one of its published keys, its issuer,
 * unexpired, an access (not refresh) token, its session not revoked.
 */
class AccessTokenVerifier {

    static final String ISSUER = "account-service";

    private final AccountServiceClient accounts;
    private final RevokedSessions revokedSessions;
    private final Clock clock;

    AccessTokenVerifier(AccountServiceClient accounts, RevokedSessions revokedSessions, Clock clock) {
        this.accounts = accounts;
        this.revokedSessions = revokedSessions;
        this.clock = clock;
    }

    static boolean looksLikeJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }

    /** The token's claims when it is valid; empty otherwise (also when the keys cannot be fetched). */
    Mono<Optional<JWTClaimsSet>> verify(String token) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        }
        catch (ParseException e) {
            return Mono.just(Optional.empty());
        }
        String kid = jwt.getHeader().getKeyID();
        return accounts.keysWith(kid)
                .map(keys -> Optional.ofNullable(keys.getKeyByKeyId(kid)).flatMap(key -> claimsIfValid(jwt, key)))
                .onErrorResume(e -> Mono.just(Optional.empty()));
    }

    private Optional<JWTClaimsSet> claimsIfValid(SignedJWT jwt, JWK key) {
        if (!(key instanceof ECKey ecKey) || !JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
            return Optional.empty();
        }
        try {
            if (!jwt.verify(Es256.verifier(ecKey))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            boolean valid = expiry != null && expiry.toInstant().isAfter(clock.instant())
                    && ISSUER.equals(claims.getIssuer()) && "access".equals(claims.getClaim("token_use"))
                    && !revokedSessions.isRevoked(claims.getStringClaim("sid"));
            return valid ? Optional.of(claims) : Optional.empty();
        }
        catch (JOSEException | ParseException e) {
            return Optional.empty();
        }
    }
}
