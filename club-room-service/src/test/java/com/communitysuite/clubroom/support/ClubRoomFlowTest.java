package com.communitysuite.clubroom.support;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import com.communitysuite.clubroom.people.PeopleFixture;
import com.communitysuite.platform.test.ServiceIntegrationTest;

/**
 * The module's flows: the whole service in its one shared test context, with users this service learnt of from
 * user-service's and account-service's events. Every test makes its own users, so tests share the database safely.
 */
@ServiceIntegrationTest
public abstract class ClubRoomFlowTest {

    private static final AtomicLong IDS = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000));

    @LocalServerPort
    protected int port;
    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected Environment environment;

    protected PeopleFixture people() {
        return new PeopleFixture(context);
    }

    /** A user with a profile (user-service told this service their nickname and avatar). */
    protected Actor user(String nickname) {
        Actor actor = unknownUser(nickname, false);
        people().registered(actor.id(), actor.uid());
        people().profileChanged(actor.id(), actor.uid(), nickname, "https://img.example/" + actor.uid() + ".png",
                "bio of " + nickname);
        return actor;
    }

    /** A campus super user (account-service's admin role on their identity). */
    protected Actor superUser() {
        Actor actor = unknownUser("admin", true);
        people().registered(actor.id(), actor.uid());
        return actor;
    }

    /** A signed-in user this service has heard nothing of yet. */
    protected Actor unknownUser(String nickname, boolean superUser) {
        return Actor.of(port, IDS.incrementAndGet(), UUID.randomUUID().toString().replace("-", ""), nickname,
                superUser);
    }

    protected PublishedEvents published() {
        return new PublishedEvents(environment.getRequiredProperty("spring.kafka.bootstrap-servers"));
    }

    /** A name no other test uses (organization and block names are unique). */
    protected static String unique(String prefix) {
        return prefix + IDS.incrementAndGet();
    }
}
