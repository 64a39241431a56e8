package com.communitysuite.account.appsession;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.account.Account;
import com.communitysuite.account.account.AccountRepository;
import com.communitysuite.account.account.PhoneNumber;
import com.communitysuite.account.account.AccountRegistrations;
import com.communitysuite.account.captcha.CaptchaService;
import com.communitysuite.account.events.SessionsRevoked;
import com.communitysuite.account.support.Hashing;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.events.DomainEvents;

/** Signs app clients in with an SMS captcha (registering new numbers), and looks their sessions up. */
@Service
public class AppLoginService {

    /** The app document's business code 100002 (platform-web's AppErrorCode) stands for this reason. */
    public static final String FROZEN = "account.frozen";

    private final CaptchaService captchas;
    private final AccountRepository accounts;
    private final AccountRegistrations registrations;
    private final AppSessionRepository sessions;
    private final DomainEvents events;
    private final AppSessionProperties properties;
    private final Clock clock;

    AppLoginService(CaptchaService captchas, AccountRepository accounts, AccountRegistrations registrations,
            AppSessionRepository sessions, DomainEvents events, AppSessionProperties properties, Clock clock) {
        this.captchas = captchas;
        this.accounts = accounts;
        this.registrations = registrations;
        this.sessions = sessions;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new session's credentials, shown to the client once. */
    public record SignedIn(String uid, long expireTime, String accessToken, String accessSecret, boolean registered) {
    }

    /**
     * One session per account, as the original had it: signing in ends the account's other app sessions.
     * A wrong code is counted, and a good one used up, even though the sign-in fails.
     */
    @Transactional(noRollbackFor = { NotAllowedException.class, NotFoundException.class })
    public SignedIn signIn(PhoneNumber phone, String captcha, Short clientType) {
        captchas.verify(phone, captcha);
        Instant now = clock.instant();
        Optional<Account> existing = accounts.findByCountryCodeAndMobile(phone.countryCode(), phone.mobile());
        Account account = existing.orElseGet(() -> register(phone, now));
        if (!account.maySignIn()) {
            throw new NotAllowedException(FROZEN, "账号已被冻结");
        }
        revokeSessions(account, "signed-in-elsewhere", now);
        String token = Hashing.randomHex(16);
        String secret = Hashing.randomHex(16);
        Instant expiresAt = now.plus(properties.validity());
        sessions.save(new AppSession(account.id(), Hashing.sha256Hex(token), secret, clientType, now, expiresAt));
        return new SignedIn(account.uid(), expiresAt.toEpochMilli(), token, secret, existing.isEmpty());
    }

    /** Ends the caller's app sessions. */
    @Transactional
    public void signOut(String uid) {
        accounts.findByUid(uid).ifPresent(account -> revokeSessions(account, "logout", clock.instant()));
    }

    /** Ends every app session of an account (frozen, logged off). */
    @Transactional
    public void revokeAll(Account account, String reason) {
        revokeSessions(account, reason, clock.instant());
    }

    /** What the gateway needs to let an app request through: the account and the secret requests are signed with. */
    public record SessionView(long accountId, String uid, String accessSecret, long expireTime, String status) {
    }

    @Transactional(readOnly = true)
    public Optional<SessionView> lookUp(String uid, String accessToken) {
        return activeSession(accessToken, account -> account.uid().equals(uid));
    }

    /**
     * The request-code protocol's credentials: {@code auth_key} is an app access token and {@code username} the
     * phone number of its account.
     */
    @Transactional(readOnly = true)
    public Optional<SessionView> lookUpByPhone(String mobile, String accessToken) {
        return activeSession(accessToken, account -> mobile.equals(account.phoneNumber()));
    }

    /** The wx surface's {@code access_type=user} with an app access token, which comes without its uid. */
    @Transactional(readOnly = true)
    public Optional<SessionView> lookUpByToken(String accessToken) {
        return activeSession(accessToken, account -> true);
    }

    private Optional<SessionView> activeSession(String accessToken, Predicate<Account> belongsTo) {
        Instant now = clock.instant();
        return sessions.findByTokenHash(Hashing.sha256Hex(accessToken))
                .filter(session -> session.activeAt(now))
                .flatMap(session -> accounts.findById(session.accountId())
                        .filter(belongsTo)
                        .filter(Account::maySignIn)
                        .map(account -> new SessionView(account.id(), account.uid(), session.accessSecret(),
                                session.expiresAt().toEpochMilli(), account.status().name())));
    }

    private Account register(PhoneNumber phone, Instant now) {
        return registrations.register(Account.withPhone(phone, now), "app");
    }

    private void revokeSessions(Account account, String reason, Instant now) {
        var active = sessions.findByAccountIdAndRevokedAtIsNull(account.id());
        if (active.isEmpty()) {
            return;
        }
        active.forEach(session -> session.revoke(now));
        events.publish(new SessionsRevoked(account.id(), account.uid(), "app", reason));
    }
}
