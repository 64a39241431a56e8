package com.communitysuite.platform.security.resource;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import com.communitysuite.platform.security.identity.SuiteIdentity;

/** The identity of the request being served on this thread, and the token that carried it. */
public final class CurrentIdentity {

    private CurrentIdentity() {
    }

    public static Optional<SuiteIdentity> get() {
        return token().map(token -> (SuiteIdentity) token.getDetails());
    }

    static Optional<JwtAuthenticationToken> token() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken token && token.getDetails() instanceof SuiteIdentity
                ? Optional.of(token) : Optional.empty();
    }
}
