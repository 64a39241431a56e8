package com.communitysuite.account.account;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.events.AccountRegistered;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.events.DomainEvents;

/** Stores a new account and announces it (user-service makes its profile from the event). */
@Component
public class AccountRegistrations {

    /** A concurrent first sign-in of the same person registered the phone or WeChat id first: try again. */
    public static final String RACED = "account.registration-raced";
    static final String TRY_AGAIN = "请稍后重试";

    private final AccountRepository accounts;
    private final DomainEvents events;

    AccountRegistrations(AccountRepository accounts, DomainEvents events) {
        this.accounts = accounts;
        this.events = events;
    }

    /**
     * @throws ConflictException {@link #RACED} when a concurrent first sign-in of the same person registered the
     *                           phone or WeChat id first (this transaction can then only be rolled back)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Account register(Account fresh, String surface) {
        Account account;
        try {
            account = accounts.saveAndFlush(fresh);
        }
        catch (DataIntegrityViolationException e) {
            throw new ConflictException(RACED, TRY_AGAIN);
        }
        events.publish(new AccountRegistered(account.id(), account.uid(), surface, account.defaultNickname()));
        return account;
    }
}
