package com.communitysuite.gateway.identity;

import com.communitysuite.platform.security.identity.IdentityTokenSigner;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Identity tokens, one per caller for half of a token's validity: a signature costs about 0.1 ms, paid once per
 * caller and half-minute rather than on every request (and services can cache what they verified the same way). A
 * token handed on is thus valid between half and all of {@code suite.identity.token-validity}.
 */
public class IdentityTokens {

    private final IdentityTokenSigner signer;
    private final Cache<SuiteIdentity, String> signed;

    public IdentityTokens(IdentityTokenSigner signer) {
        this.signer = signer;
        this.signed = Caffeine.newBuilder().expireAfterWrite(signer.validity().dividedBy(2)).maximumSize(100_000)
                .build();
    }

    public String tokenFor(SuiteIdentity identity) {
        return signed.get(identity, signer::sign);
    }
}
