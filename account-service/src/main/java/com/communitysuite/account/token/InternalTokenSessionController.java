package com.communitysuite.account.token;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the gateway only, which writes the caller's current access token into mutating mp answers ({@code access}):
 * a new access token of the caller's token session, made as sign-in makes one; the refresh token is not rotated.
 */
@RestController
class InternalTokenSessionController {

    private final TokenService tokens;

    InternalTokenSessionController(TokenService tokens) {
        this.tokens = tokens;
    }

    /** @param accountId the caller the gateway authenticated: the session must be theirs */
    record AccessRequest(@NotNull @Positive Long accountId) {
    }

    /** 200 {@code {"access", "expiresAt"}}; 404 when the session is unknown, revoked, or not that account's. */
    @PostMapping("/internal/token-sessions/{sessionId}/access")
    @PreAuthorize("@access.service()")
    ResponseEntity<Map<String, String>> access(@PathVariable UUID sessionId, @Valid @RequestBody AccessRequest request) {
        return tokens.accessFor(request.accountId(), sessionId.toString())
                .map(access -> ResponseEntity.ok(Map.of("access", access.token(),
                        "expiresAt", access.expiresAt().toString())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
