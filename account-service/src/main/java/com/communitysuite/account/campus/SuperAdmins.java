package com.communitysuite.account.campus;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.account.Account;
import com.communitysuite.account.account.AccountRepository;

/** Campus super users: registration with the original's checks, password sign-in, and the first one at start-up. */
@Service
public class SuperAdmins {

    private static final Log log = LogFactory.getLog(SuperAdmins.class);
    static final int MAX_USERNAME = 15;
    /** The document's own example registers {@code "123456"}. */
    static final int MIN_PASSWORD_LENGTH = 6;
    /** BCrypt reads no further than 72 bytes; Spring's encoder refuses a longer password rather than cut it. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final SuperAdminRepository admins;
    private final AccountRepository accounts;
    private final Clock clock;
    private final PasswordEncoder passwords = new BCryptPasswordEncoder();
    /** Compared against when the username is unknown, so a wrong name costs as long as a wrong password. */
    private final String decoyHash = passwords.encode("decoy-password");

    SuperAdmins(SuperAdminRepository admins, AccountRepository accounts, Clock clock) {
        this.admins = admins;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Why a registration was refused, in the original's words; empty when it succeeded. */
    @Transactional
    public Optional<String> register(String username, String password, String email) {
        if (username.length() > MAX_USERNAME) {
            return Optional.of("Name too long");
        }
        if (admins.existsByUsername(username)) {
            return Optional.of("Name exist");
        }
        if (admins.existsByEmail(email)) {
            return Optional.of("Email exist");
        }
        Optional<String> weakPassword = passwordProblem(password);
        if (weakPassword.isPresent()) {
            return weakPassword;
        }
        Account account = accounts.saveAndFlush(Account.bare(clock.instant()));
        admins.save(new SuperAdmin(account.id(), username, email, passwords.encode(password), clock.instant()));
        return Optional.empty();
    }

    /** The super user's account when the password matches. */
    @Transactional(readOnly = true)
    public Optional<Account> authenticate(String username, String password) {
        Optional<SuperAdmin> admin = admins.findByUsername(username);
        boolean matches = passwords.matches(password, admin.map(SuperAdmin::passwordHash).orElse(decoyHash));
        if (admin.isEmpty() || !matches) {
            return Optional.empty();
        }
        return accounts.findById(admin.get().accountId()).filter(Account::maySignIn);
    }

    /** Why a password cannot be a super user's, in the words of the original's other refusals. */
    static Optional<String> passwordProblem(String password) {
        if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            return Optional.of("Password too short");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.of("Password too long");
        }
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public boolean isSuperAdmin(long accountId) {
        return admins.existsByAccountId(accountId);
    }

    @Transactional(readOnly = true)
    public boolean none() {
        return admins.count() == 0;
    }

    /** Creates the configured first super user on a start that finds none. */
    @org.springframework.stereotype.Component
    static class FirstSuperAdmin implements ApplicationRunner {

        private final SuperAdmins superAdmins;
        private final SuperAdminProperties initial;

        FirstSuperAdmin(SuperAdmins superAdmins, SuperAdminProperties initial) {
            this.superAdmins = superAdmins;
            this.initial = initial;
        }

        @Override
        public void run(ApplicationArguments args) {
            if (initial.username() == null || initial.username().isBlank() || !superAdmins.none()) {
                return;
            }
            if (initial.password() == null) {
                throw new IllegalStateException("account.super-admin.password is required with its username");
            }
            passwordProblem(initial.password()).ifPresent(problem -> {
                throw new IllegalStateException("account.super-admin.password: " + problem);
            });
            String email = initial.email() == null ? initial.username() + "@localhost" : initial.email();
            superAdmins.register(initial.username(), initial.password(), email)
                    .ifPresent(refusal -> log.warn("The first super user was not created: " + refusal));
        }
    }
}
