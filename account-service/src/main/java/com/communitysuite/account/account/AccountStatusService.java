package com.communitysuite.account.account;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.appsession.AppLoginService;
import com.communitysuite.account.events.StatusChanged;
import com.communitysuite.account.token.TokenService;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.events.DomainEvents;

/** Freezing and restoring accounts: a frozen account's sessions end at once, on every surface. */
@Service
public class AccountStatusService {

    public static final String NOT_FOUND = "account.not-found";

    private final AccountRepository accounts;
    private final AppLoginService appSessions;
    private final TokenService tokens;
    private final DomainEvents events;

    AccountStatusService(AccountRepository accounts, AppLoginService appSessions, TokenService tokens,
            DomainEvents events) {
        this.accounts = accounts;
        this.appSessions = appSessions;
        this.tokens = tokens;
        this.events = events;
    }

    /** @param adminAccountId the super user who changes it */
    @Transactional
    public Account change(long accountId, AccountStatus status, long adminAccountId) {
        Account account = accounts.findById(accountId)
                .filter(a -> a.status() != AccountStatus.DELETED)
                .orElseThrow(() -> new NotFoundException(NOT_FOUND, "未找到用户"));
        if (status == AccountStatus.DELETED) {
            throw new InvalidInputException("status", "请使用注销");
        }
        account.changeStatus(status);
        if (!account.maySignIn()) {
            appSessions.revokeAll(account, "status-" + status.name().toLowerCase());
            tokens.revokeAll(account.id(), account.uid(), "status-" + status.name().toLowerCase());
        }
        events.publish(new StatusChanged(account.id(), account.uid(), status.name(), adminAccountId));
        return account;
    }
}
