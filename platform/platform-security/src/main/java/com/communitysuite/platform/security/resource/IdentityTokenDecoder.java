package com.communitysuite.platform.security.resource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.communitysuite.platform.security.identity.Es256;
import com.communitysuite.platform.security.identity.IdentityClaims;
import com.communitysuite.platform.security.identity.IdentityKeys;
import com.communitysuite.platform.security.identity.IdentityProperties;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * Accepts only ES256 identity tokens for the suite's services, unexpired, signed with a configured gateway key (any
 * kind of caller) or with a service key (only the {@code service} kind: a service cannot speak for a user).
 */
final class IdentityTokenDecoder {

    private IdentityTokenDecoder() {
    }

    static JwtDecoder of(IdentityProperties properties) {
        List<JWK> keys = new ArrayList<>(IdentityKeys.verificationKeys(properties.verificationKeys()).getKeys());
        Set<String> serviceKeyIds = new HashSet<>();
        if (properties.serviceVerificationKeys() != null && !properties.serviceVerificationKeys().isBlank()) {
            for (JWK key : IdentityKeys.verificationKeys(properties.serviceVerificationKeys()).getKeys()) {
                keys.add(key);
                serviceKeyIds.add(key.getKeyID());
            }
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSVerifierFactory(Es256.verifierFactory());
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256,
                new ImmutableJWKSet<>(new JWKSet(keys))));
        // Claims are checked by Spring's validators below, with the configured clock skew.
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(IdentityClaims.ISSUER),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(IdentityClaims.AUDIENCE)),
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, expiry -> expiry != null),
                jwt -> !serviceKeyIds.contains(String.valueOf(jwt.getHeaders().get("kid")))
                        || SuiteIdentity.Kind.SERVICE.claim().equals(jwt.getClaimAsString("kind"))
                                ? OAuth2TokenValidatorResult.success()
                                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                                        "a service key signs only service identities", null))));
        return decoder;
    }
}
