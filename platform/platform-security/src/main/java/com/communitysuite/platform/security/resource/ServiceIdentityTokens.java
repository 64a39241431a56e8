package com.communitysuite.platform.security.resource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.communitysuite.platform.security.identity.IdentityKeys;
import com.communitysuite.platform.security.identity.IdentityTokenSigner;
import com.communitysuite.platform.security.identity.SuiteIdentity;

/**
 * This service's own identity token, for calls it makes on its own behalf (an event consumer, a job, a public
 * endpoint whose caller is anonymous): signed with the service's key, renewed when half its validity has passed.
 * Without a key configured ({@code suite.identity.service-signing-key}) the service has no identity of its own.
 */
public final class ServiceIdentityTokens {

    private final IdentityTokenSigner signer;
    private final SuiteIdentity identity;
    private final Clock clock;
    private volatile String token;
    private volatile Instant renewAt = Instant.MIN;

    ServiceIdentityTokens(String signingKey, String serviceName, Duration validity, Clock clock) {
        this.signer = signingKey == null || signingKey.isBlank() ? null
                : new IdentityTokenSigner(IdentityKeys.signingKey(signingKey), validity, clock);
        this.identity = SuiteIdentity.service(serviceName);
        this.clock = clock;
    }

    public Optional<String> token() {
        if (signer == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isAfter(renewAt)) {
            synchronized (this) {
                if (now.isAfter(renewAt)) {
                    token = signer.sign(identity);
                    renewAt = now.plus(signer.validity().dividedBy(2));
                }
            }
        }
        return Optional.of(token);
    }
}
