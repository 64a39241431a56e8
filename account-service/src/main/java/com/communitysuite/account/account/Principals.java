package com.communitysuite.account.account;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.campus.SuperAdmins;
import com.communitysuite.account.levels.AccountLevels;
import com.communitysuite.platform.security.identity.SuiteIdentity;

/**
 * An account as a caller, for the gateway to put in the identity it hands to services: its current roles (the super
 * user's {@code admin} is account-service's own) and its mp levels (user-service's, from account-service's copy).
 */
@Service
public class Principals {

    /** The mp activity sponsor (activity_level 2 and up), as a role services can check. */
    public static final String ROLE_SPONSOR = "sponsor";
    public static final String LEVEL = "level";
    public static final String ACTIVITY_LEVEL = "activity_level";

    private final AccountRepository accounts;
    private final SuperAdmins superAdmins;
    private final AccountLevels levels;

    Principals(AccountRepository accounts, SuperAdmins superAdmins, AccountLevels levels) {
        this.accounts = accounts;
        this.superAdmins = superAdmins;
        this.levels = levels;
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
            AccountLevels.Levels current = levels.of(account.id());
            if (current.activityLevel() >= 2) {
                roles.add(ROLE_SPONSOR);
            }
            return new Principal(account.id(), account.uid(), account.status().name().toLowerCase(Locale.ROOT), roles,
                    Map.of(LEVEL, current.level(), ACTIVITY_LEVEL, current.activityLevel()));
        });
    }
}
