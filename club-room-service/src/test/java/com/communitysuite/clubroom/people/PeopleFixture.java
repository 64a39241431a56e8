package com.communitysuite.clubroom.people;

import org.springframework.context.ApplicationContext;

import com.communitysuite.platform.test.EventContracts;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What other services' events tell this service about users, handed to its listeners as Kafka would deliver them:
 * the contracts' examples with the test's own ids.
 */
public final class PeopleFixture {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AccountEventsListener accounts;
    private final UserEventsListener users;

    public PeopleFixture(ApplicationContext context) {
        this.accounts = context.getBean(AccountEventsListener.class);
        this.users = context.getBean(UserEventsListener.class);
    }

    public void registered(long accountId, String uid) {
        ObjectNode data = example("account-service", "account.registered");
        data.put("accountId", accountId).put("uid", uid).put("nickname", "USER_" + uid.substring(0, 8));
        accounts.on(EventContracts.envelope("account.registered", uid, uid, data));
    }

    public void profileChanged(long accountId, String uid, String nickname, String avatar, String bio) {
        ObjectNode data = example("user-service", "user.profile-changed");
        data.put("accountId", accountId).put("uid", uid).put("nickname", nickname).put("avatar", avatar)
                .put("bio", bio);
        users.on(EventContracts.envelope("user.profile-changed", uid, uid, data));
    }

    public void emailVerified(long accountId, String email) {
        ObjectNode data = example("account-service", "account.email-verified");
        data.put("accountId", accountId).put("email", email);
        accounts.on(EventContracts.envelope("account.email-verified", Long.toString(accountId), null, data));
    }

    public void blocked(long blocker, long blocked) {
        ObjectNode data = example("user-service", "user.blocked");
        data.put("accountId", blocker).put("blockedAccountId", blocked);
        users.on(EventContracts.envelope("user.blocked", Long.toString(blocker), null, data));
    }

    public void cardSent(long from, long to) {
        ObjectNode data = example("user-service", "card.sent");
        data.put("fromAccountId", from).put("toAccountId", to);
        users.on(EventContracts.envelope("card.sent", Long.toString(to), null, data));
    }

    public void loggedOff(long accountId, String uid) {
        ObjectNode data = example("account-service", "account.logged-off");
        data.put("accountId", accountId).put("uid", uid);
        accounts.on(EventContracts.envelope("account.logged-off", uid, uid, data));
    }

    private static ObjectNode example(String publisher, String type) {
        return (ObjectNode) JSON.readTree(EventContracts.example(publisher, type).toString());
    }
}
