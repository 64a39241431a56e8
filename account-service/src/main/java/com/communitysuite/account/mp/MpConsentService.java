package com.communitysuite.account.mp;

import java.time.Clock;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.account.Account;
import com.communitysuite.account.account.AccountRepository;
import com.communitysuite.account.events.LoggedOff;
import com.communitysuite.account.events.LoggedOut;
import com.communitysuite.account.events.PrivacyConsentChanged;
import com.communitysuite.account.token.TokenService;
import com.communitysuite.platform.events.DomainEvents;
import com.communitysuite.platform.web.ApiProblem;

/** Logout, log-off and privacy-policy consent of a mini-program user; each tells the other services by event. */
@Service
public class MpConsentService {

    private final AccountRepository accounts;
    private final TokenService tokens;
    private final DomainEvents events;
    private final MpProperties properties;
    private final Clock clock;

    MpConsentService(AccountRepository accounts, TokenService tokens, DomainEvents events, MpProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
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

    /** Removes the account's credentials; every service erases or anonymises the user's data on the event. */
    @Transactional
    public void logOff(long accountId) {
        Account account = account(accountId);
        tokens.revokeAll(account.id(), account.uid(), "log-off");
        account.logOff();
        events.publish(new LoggedOff(account.id(), account.uid()));
    }

    @Transactional
    public void agree(long accountId) {
        Account account = account(accountId);
        if (account.agreedToPrivacyPolicy()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "用户已签署隐私政策协议", null, null);
        }
        account.agreeToPrivacyPolicy(properties.privacyPolicyVersion(), clock.instant());
        consentChanged(account, true);
    }

    /** Withdrawing consent also signs the user out everywhere, as the original did. */
    @Transactional
    public void revoke(long accountId) {
        Account account = account(accountId);
        account.revokePrivacyConsent();
        tokens.revokeAll(account.id(), account.uid(), "privacy-consent-revoked");
        consentChanged(account, false);
    }

    private void consentChanged(Account account, boolean agreed) {
        events.publish(new PrivacyConsentChanged(account.id(), account.uid(), agreed,
                properties.privacyPolicyVersion()));
    }

    private Account account(long accountId) {
        return accounts.findById(accountId).filter(Account::maySignIn)
                .orElseThrow(() -> new ApiProblem(HttpStatus.UNAUTHORIZED, "User is inactive", null, null));
    }
}
