package com.communitysuite.account.appsession;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the gateway only (no public route leads here): the app session behind a {@code uid} and access token, with
 * the secret the request's {@code sign} is checked against. The token travels in the body, never in a URL.
 */
@RestController
class InternalAppSessionController {

    private final AppLoginService logins;

    InternalAppSessionController(AppLoginService logins) {
        this.logins = logins;
    }

    record LookupRequest(@NotBlank @Size(max = 64) String uid, @NotBlank @Size(max = 128) String accessToken) {
    }

    record PhoneLookupRequest(@NotBlank @Size(max = 20) String username, @NotBlank @Size(max = 128) String authKey) {
    }

    /** The request-code protocol's {@code username} (phone number) and {@code auth_key} (access token). */
    @PostMapping("/internal/app-sessions/lookup-by-phone")
    ResponseEntity<AppLoginService.SessionView> lookUpByPhone(@Valid @RequestBody PhoneLookupRequest request) {
        return logins.lookUpByPhone(request.username(), request.authKey())
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    record TokenLookupRequest(@NotBlank @Size(max = 128) String accessToken) {
    }

    @PostMapping("/internal/app-sessions/lookup-by-token")
    ResponseEntity<AppLoginService.SessionView> lookUpByToken(@Valid @RequestBody TokenLookupRequest request) {
        return logins.lookUpByToken(request.accessToken())
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/internal/app-sessions/lookup")
    ResponseEntity<AppLoginService.SessionView> lookUp(@Valid @RequestBody LookupRequest request) {
        return logins.lookUp(request.uid(), request.accessToken())
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
