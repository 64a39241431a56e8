package com.communitysuite.account.account;

import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.events.AccountRegistered;
import com.communitysuite.platform.events.DomainEvents;

/** Stores a new account and announces it (user-service makes its profile from the event). */
@Component
public class AccountRegistrations {

    private final AccountRepository accounts;
    private final DomainEvents events;

    AccountRegistrations(AccountRepository accounts, DomainEvents events) {
        this.accounts = accounts;
        this.events = events;
    }

    /**
     * @return empty when a concurrent first sign-in of the same person registered the phone or WeChat id first
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Account> register(Account fresh, String surface) {
        Account account;
        try {
            account = accounts.saveAndFlush(fresh);
        }
        catch (DataIntegrityViolationException e) {
            return Optional.empty();
        }
        events.publish(new AccountRegistered(account.id(), account.uid(), surface, account.defaultNickname()));
        return Optional.of(account);
    }
}
