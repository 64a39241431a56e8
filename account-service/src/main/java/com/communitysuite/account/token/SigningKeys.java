package com.communitysuite.account.token;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/**
 * The EC P-256 keys (ES256) that sign mp and campus tokens. The newest key signs; a key older than the rotation
 * age is replaced on the next signing, and keys stay in the JWKS until no token they signed can be valid, so a
 * rotation logs nobody out.
 */
@Component
public class SigningKeys {

    private final JdbcTemplate jdbc;
    private final TokenProperties properties;
    private final Clock clock;

    SigningKeys(JdbcTemplate jdbc, TokenProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public ECKey current() {
        Instant now = clock.instant();
        Optional<ECKey> newest = jdbc.query("SELECT jwk FROM signing_key WHERE created_at > ? ORDER BY created_at DESC"
                + " LIMIT 1", (rs, i) -> parse(rs.getString(1)), java.sql.Timestamp.from(now.minus(
                        properties.keyRotation()))).stream().findFirst();
        return newest.orElseGet(() -> create(now));
    }

    /** Every key a valid token may have been signed with. */
    public List<ECKey> published() {
        return jdbc.query("SELECT jwk FROM signing_key WHERE created_at > ? ORDER BY created_at DESC",
                (rs, i) -> parse(rs.getString(1)),
                java.sql.Timestamp.from(clock.instant().minus(properties.keyPublication())));
    }

    public Optional<ECKey> find(String kid) {
        return published().stream().filter(k -> k.getKeyID().equals(kid)).findFirst();
    }

    /** The public half of every published key, as the gateway reads it. */
    public JWKSet publicKeySet() {
        return new JWKSet(new ArrayList<JWK>(published())).toPublicJWKSet();
    }

    private ECKey create(Instant now) {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256).generate();
            jdbc.update("INSERT INTO signing_key (kid, jwk, created_at) VALUES (?, ?, ?)", key.getKeyID(),
                    key.toJSONString(), java.sql.Timestamp.from(now));
            return key;
        }
        catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a signing key", e);
        }
    }

    private static ECKey parse(String json) {
        try {
            return ECKey.parse(json);
        }
        catch (ParseException e) {
            throw new IllegalStateException("A stored signing key is not a JWK", e);
        }
    }
}
