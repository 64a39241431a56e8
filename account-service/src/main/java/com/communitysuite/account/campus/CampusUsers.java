package com.communitysuite.account.campus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.account.AccountRepository;
import com.communitysuite.account.account.AccountStatusService;
import com.communitysuite.account.events.ProfileSubmitted;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.events.DomainEvents;

/** What a campus user does with their own account: submitting the WeChat profile (userRegister/). */
@Service
public class CampusUsers {

    static final String NOT_SELF = "account.not-self";
    static final String NOT_FOUND = AccountStatusService.NOT_FOUND;

    private final AccountRepository accounts;
    private final DomainEvents events;

    CampusUsers(AccountRepository accounts, DomainEvents events) {
        this.accounts = accounts;
        this.events = events;
    }

    /**
     * The nickname and avatar the mini-program got from WeChat. The profile is user-service's: it is handed over as
     * an event. Only for the caller's own account (the original let anyone rename anyone).
     *
     * @throws NotAllowedException when the request names another account
     */
    @Transactional
    public void submitProfile(long accountId, long claimedId, String nickname, String avatarUrl) {
        requireSelf(accountId, claimedId);
        String uid = accounts.findById(accountId).orElseThrow(() -> new NotFoundException(NOT_FOUND, "未找到用户"))
                .uid();
        events.publish(new ProfileSubmitted(accountId, uid, nickname, avatarUrl));
    }

    /** Ids in request bodies are checked against the caller, never trusted. */
    static void requireSelf(long accountId, long claimedId) {
        if (accountId != claimedId) {
            throw new NotAllowedException(NOT_SELF, null);
        }
    }
}
