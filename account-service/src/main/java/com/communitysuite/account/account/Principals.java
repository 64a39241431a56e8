package com.communitysuite.account.account;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.campus.SuperAdmins;
import com.communitysuite.platform.security.identity.SuiteIdentity;

/**
 * An account as a caller, for the gateway to put in the identity it hands to services: its current roles (the super
 * user's {@code admin} is account-service's own).
 */
@Service
public class Principals {

    private final AccountRepository accounts;
    private final SuperAdmins superAdmins;

    Principals(AccountRepository accounts, SuperAdmins superAdmins) {
        this.accounts = accounts;
        this.superAdmins = superAdmins;
    }

    /** @param status {@code normal} (only accounts that may sign in are principals) */
    public record Principal(long accountId, String uid, String status, Set<String> roles,
            Map<String, Integer> levels) {
    }

    /** Empty for an account that is gone or may not sign in (frozen, limited, logged off). */
    @Transactional(readOnly = true)
    public Optional<Principal> of(long accountId) {
        return accounts.findById(accountId).filter(Account::maySignIn).map(account -> {
            Set<String> roles = new LinkedHashSet<>();
            roles.add(SuiteIdentity.ROLE_USER);
            if (superAdmins.isSuperAdmin(account.id())) {
                roles.add(SuiteIdentity.ROLE_ADMIN);
            }
            return new Principal(account.id(), account.uid(), account.status().name().toLowerCase(Locale.ROOT), roles,
                    Map.of());
        });
    }
}
