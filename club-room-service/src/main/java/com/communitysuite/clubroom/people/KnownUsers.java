package com.communitysuite.clubroom.people;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The users this service knows of, from user-service's and account-service's events (see {@link KnownUser}). */
@Service
public class KnownUsers {

    private final KnownUserRepository users;
    private final Clock clock;

    KnownUsers(KnownUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** A user who can take part (known with their uid, not logged off). */
    @Transactional(readOnly = true)
    public Optional<UserSummary> find(long accountId) {
        return users.findByAccountIdAndErasedFalseAndUidIsNotNull(accountId).map(KnownUser::summary);
    }

    /** The users among the ids this service knows of, by account id (unknown and erased ones are left out). */
    @Transactional(readOnly = true)
    public Map<Long, UserSummary> byAccountIds(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return users.findByAccountIdInAndErasedFalse(accountIds).stream().map(KnownUser::summary)
                .collect(Collectors.toMap(UserSummary::accountId, Function.identity()));
    }

    /** The users among the app uids this service knows of, by uid (unknown and erased ones are left out). */
    @Transactional(readOnly = true)
    public Map<String, UserSummary> byUids(Collection<String> uids) {
        if (uids.isEmpty()) {
            return Map.of();
        }
        return users.findByUidInAndErasedFalse(uids).stream().map(KnownUser::summary)
                .collect(Collectors.toMap(UserSummary::uid, Function.identity(), (a, b) -> a));
    }

    /**
     * Notes the caller of a request: the gateway vouched that the account exists, which may be before this service
     * heard of it from account-service. Runs in the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void noteCaller(Caller caller) {
        users.noteAccount(caller.accountId(), caller.uid(), clock.instant());
    }
}
