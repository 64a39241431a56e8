package com.communitysuite.account.account;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the gateway (no public route leads here): an account as a caller, with its current roles and levels, which
 * the gateway puts in the identity it hands to services; 404 for an account that may not sign in.
 */
@RestController
class InternalPrincipalController {

    private final Principals principals;

    InternalPrincipalController(Principals principals) {
        this.principals = principals;
    }

    @GetMapping("/internal/principals/{accountId}")
    ResponseEntity<Principals.Principal> principal(@PathVariable long accountId) {
        return principals.of(accountId).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
