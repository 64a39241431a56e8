package com.communitysuite.activity.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.activity.ActivityServiceTest;
import com.communitysuite.activity.Callers;
import com.communitysuite.activity.participant.Participants;
import com.communitysuite.platform.test.EventContracts;

import tools.jackson.databind.node.ObjectNode;

/**
 * user-service's and account-service's contract examples, fed to the listener, keep the people campus shows; an account
 * that logged off is erased with its activities, places and comments.
 */
@ActivityServiceTest
class PeopleEventsListenerTest {

    @Autowired
    PeopleEventsListener listener;
    @Autowired
    People people;
    @Autowired
    Participants participants;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void profilesAndEmailsAreKeptAndLoggedOffAccountsForgotten() {
        long account = Callers.newAccount();
        ObjectNode registered = (ObjectNode) EventContracts.example("account-service", "account.registered");
        registered.put("accountId", account);
        listener.onAccounts(EventContracts.envelope("account.registered", "u", null, registered));
        ObjectNode profile = (ObjectNode) EventContracts.example("user-service", "user.profile-changed");
        profile.put("accountId", account);
        listener.onUsers(EventContracts.envelope("user.profile-changed", "u", null, profile));
        ObjectNode email = (ObjectNode) EventContracts.example("account-service", "account.email-verified");
        email.put("accountId", account);
        listener.onAccounts(EventContracts.envelope("account.email-verified", "u", null, email));

        People.Person person = people.byIds(List.of(account)).get(account);
        assertThat(person.nickname()).isEqualTo(profile.get("nickname").asString());
        assertThat(person.bio()).isEqualTo(profile.get("bio").asString());
        assertThat(person.email()).isEqualTo(email.get("email").asString());

        Long owned = jdbc.queryForObject("INSERT INTO activity (surface, status, title, owner_account_id, created_at,"
                + " updated_at) VALUES ('campus', 'PUBLISHED', ?, ?, now(), now()) RETURNING id", Long.class,
                "owned-" + account, account);
        Long joined = jdbc.queryForObject("INSERT INTO activity (surface, status, title, owner_account_id, capacity,"
                + " created_at, updated_at) VALUES ('campus', 'PUBLISHED', ?, 1, 5, now(), now()) RETURNING id",
                Long.class, "joined-" + account);
        participants.join(joined, account);
        jdbc.update("INSERT INTO activity_comment (activity_id, account_id, score, created_at, updated_at)"
                + " VALUES (?, ?, 3, now(), now())", joined, account);

        ObjectNode loggedOff = (ObjectNode) EventContracts.example("account-service", "account.logged-off");
        loggedOff.put("accountId", account);
        listener.onAccounts(EventContracts.envelope("account.logged-off", "u", null, loggedOff));
        assertThat(people.byIds(List.of(account)).get(account).nickname()).isNull();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM activity WHERE id = ?", Long.class, owned)).isZero();
        assertThat(jdbc.queryForObject("SELECT joined FROM activity WHERE id = ?", Integer.class, joined)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM activity_comment WHERE account_id = ?", Long.class,
                account)).isZero();
    }
}
