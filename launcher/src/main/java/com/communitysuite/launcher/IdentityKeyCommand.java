package com.communitysuite.launcher;

import com.communitysuite.platform.security.identity.IdentityKeys;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;

/**
 * {@code bin/images identity-key}: a new gateway identity key pair and a new service identity key pair, as the lines an
 * {@code .env} file takes.
 */
public final class IdentityKeyCommand {

    private IdentityKeyCommand() {
    }

    public static void main(String[] args) {
        ECKey key = IdentityKeys.generate();
        System.out.println("SUITE_IDENTITY_SIGNING_KEY='" + key.toJSONString() + "'");
        System.out.println("SUITE_IDENTITY_VERIFICATION_KEYS='" + new JWKSet(key.toPublicJWK()) + "'");
        ECKey service = IdentityKeys.generate();
        System.out.println("SUITE_SERVICE_SIGNING_KEY='" + service.toJSONString() + "'");
        System.out.println("SUITE_SERVICE_VERIFICATION_KEYS='" + new JWKSet(service.toPublicJWK()) + "'");
    }
}
