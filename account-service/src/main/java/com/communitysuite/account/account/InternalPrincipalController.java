package com.communitysuite.account.account;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.communitysuite.account.campus.SuperAdmins;
import com.communitysuite.platform.security.identity.SuiteIdentity;

/**
 * For the gateway (no public route leads here): an account as a caller, with its current roles, which the gateway
 * puts in the identity it hands to services. Levels are user-service's; they join here when it publishes them.
 */
@RestController
class InternalPrincipalController {

    private final AccountRepository accounts;
    private final SuperAdmins superAdmins;

    InternalPrincipalController(AccountRepository accounts, SuperAdmins superAdmins) {
        this.accounts = accounts;
        this.superAdmins = superAdmins;
    }

    record Principal(long accountId, String uid, String status, Set<String> roles, Map<String, Integer> levels) {
    }

    @GetMapping("/internal/principals/{accountId}")
    @Transactional(readOnly = true)
    ResponseEntity<Principal> principal(@PathVariable long accountId) {
        return accounts.findById(accountId)
                .filter(Account::maySignIn)
                .map(account -> {
                    Set<String> roles = new LinkedHashSet<>();
                    roles.add(SuiteIdentity.ROLE_USER);
                    if (superAdmins.isSuperAdmin(account.id())) {
                        roles.add(SuiteIdentity.ROLE_ADMIN);
                    }
                    return ResponseEntity.ok(new Principal(account.id(), account.uid(),
                            account.status().name().toLowerCase(Locale.ROOT), roles, Map.of()));
                })
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
