package com.communitysuite.activity.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.communitysuite.activity.ActivityServiceTest;
import com.communitysuite.activity.Callers;
import com.communitysuite.platform.test.EventContracts;

import tools.jackson.databind.node.ObjectNode;

/** user-service's and account-service's contract examples, fed to the listener, keep the people campus shows. */
@ActivityServiceTest
class PeopleEventsListenerTest {

    @Autowired
    PeopleEventsListener listener;
    @Autowired
    People people;

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

        ObjectNode loggedOff = (ObjectNode) EventContracts.example("account-service", "account.logged-off");
        loggedOff.put("accountId", account);
        listener.onAccounts(EventContracts.envelope("account.logged-off", "u", null, loggedOff));
        assertThat(people.byIds(List.of(account)).get(account).nickname()).isNull();
    }
}
