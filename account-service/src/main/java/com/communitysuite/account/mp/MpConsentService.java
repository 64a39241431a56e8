package com.communitysuite.account.mp;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.account.Account;
import com.communitysuite.account.account.AccountRepository;
import com.communitysuite.account.account.WeChatAppOpenids;
import com.communitysuite.account.events.LoggedOff;
import com.communitysuite.account.events.LoggedOut;
import com.communitysuite.account.events.PrivacyConsentChanged;
import com.communitysuite.account.h5.H5Sessions;
import com.communitysuite.account.levels.AccountLevels;
import com.communitysuite.account.token.InvalidTokenException;
import com.communitysuite.account.token.TokenService;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.events.DomainEvents;

/** Logout, log-off and privacy-policy consent of a mini-program user; each tells the other services by event. */
@Service
public class MpConsentService {

    /** The account is gone, frozen or limited: the mp surface answers this as DRF did an inactive user. */
    public static final String INACTIVE = "account.inactive";
    static final String INACTIVE_TEXT = "User is inactive";
    /** An administrator's level (mp {@code level} or {@code activity_level}). */
    static final int ADMIN_LEVEL = 3;

    private final AccountRepository accounts;
    private final TokenService tokens;
    private final H5Sessions h5Sessions;
    private final WeChatAppOpenids appOpenids;
    private final AccountLevels levels;
    private final DomainEvents events;
    private final MpProperties properties;
    private final Clock clock;

    MpConsentService(AccountRepository accounts, TokenService tokens, H5Sessions h5Sessions,
            WeChatAppOpenids appOpenids, AccountLevels levels, DomainEvents events, MpProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.h5Sessions = h5Sessions;
        this.appOpenids = appOpenids;
        this.levels = levels;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public void logout(long accountId) {
        Account account = account(accountId);
        tokens.revokeAll(account.id(), account.uid(), "logout");
        events.publish(new LoggedOut(account.id(), account.uid()));
    }

    /**
     * Removes the account's credentials; every service erases or anonymises the user's data on the event. An
     * administrator cannot, as in the original: the mini-program would be left without one.
     */
    @Transactional
    public void logOff(long accountId) {
        Account account = account(accountId);
        refuseAdministrators(accountId, "mp.admin-cannot-log-off", "管理员当前只有一个，无法注销");
        tokens.revokeAll(account.id(), account.uid(), "log-off");
        h5Sessions.endAllOf(account);
        appOpenids.forget(account.id());
        account.logOff();
        events.publish(new LoggedOff(account.id(), account.uid()));
    }

    /**
     * Records consent and answers, as the original did, a fresh access token of the caller's token session that
     * says so; nothing is recorded when that session has ended.
     *
     * @throws ConflictException     when the user has agreed already
     * @throws InvalidTokenException when the token session is not a live one of the account
     */
    @Transactional
    public TokenService.AccessToken agree(long accountId, String sessionId) {
        Account account = account(accountId);
        if (account.agreedToPrivacyPolicy()) {
            throw new ConflictException("privacy.already-agreed", "用户已签署隐私政策协议");
        }
        account.agreeToPrivacyPolicy(properties.privacyPolicyVersion(), clock.instant());
        consentChanged(account, true);
        // The new token's privacy claim is read from the database: the agreement has to be there first.
        accounts.flush();
        return tokens.accessFor(accountId, sessionId)
                .orElseThrow(() -> new InvalidTokenException("Token has been revoked"));
    }

    /**
     * Withdrawing consent also signs the user out everywhere, as the original did; an administrator cannot (it
     * would drop their levels).
     */
    @Transactional
    public void revoke(long accountId) {
        Account account = account(accountId);
        refuseAdministrators(accountId, "mp.admin-cannot-revoke", "管理员当前只有一个，无法撤销隐私声明");
        account.revokePrivacyConsent();
        tokens.revokeAll(account.id(), account.uid(), "privacy-consent-revoked");
        consentChanged(account, false);
    }

    private void refuseAdministrators(long accountId, String reason, String text) {
        AccountLevels.Levels current = levels.of(accountId);
        if (current.level() >= ADMIN_LEVEL || current.activityLevel() >= ADMIN_LEVEL) {
            throw new ConflictException(reason, text);
        }
    }

    private void consentChanged(Account account, boolean agreed) {
        events.publish(new PrivacyConsentChanged(account.id(), account.uid(), agreed,
                properties.privacyPolicyVersion()));
    }

    private Account account(long accountId) {
        return accounts.findById(accountId).filter(Account::maySignIn)
                .orElseThrow(() -> new NotAllowedException(INACTIVE, INACTIVE_TEXT));
    }
}
