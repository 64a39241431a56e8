package com.communitysuite.account.account;

import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.platform.events.DomainEvents;

/** Stores a new account and announces it (user-service makes its profile from the event). */
@Component
public class AccountRegistrations {

    public static final String REGISTERED = "account.registered";

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
        events.publish(REGISTERED, account.uid(), account.uid(), Map.of("accountId", account.id(),
                "uid", account.uid(), "surface", surface, "nickname", account.defaultNickname()));
        return Optional.of(account);
    }
}
