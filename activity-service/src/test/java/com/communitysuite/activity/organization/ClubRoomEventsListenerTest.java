package com.communitysuite.activity.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.activity.ActivityServiceTest;
import com.communitysuite.platform.test.EventContracts;

import tools.jackson.databind.node.ObjectNode;

/** club-room-service's contract examples, fed to the listener, build the organizations read model. */
@ActivityServiceTest
class ClubRoomEventsListenerTest {

    static final String PUBLISHER = "club-room-service";

    @Autowired
    ClubRoomEventsListener listener;
    @Autowired
    Organizations organizations;
    @Autowired
    JdbcTemplate jdbc;

    final long organizationId = System.nanoTime() % 1_000_000_000L;

    ObjectNode example(String type) {
        ObjectNode data = (ObjectNode) EventContracts.example(PUBLISHER, type);
        if (data.has("organizationId")) {
            data.put("organizationId", organizationId);
        }
        return data;
    }

    void feed(String type, ObjectNode data) {
        listener.on(EventContracts.envelope(type, Long.toString(organizationId), null, data));
    }

    @Test
    void organizationsManagersFollowersAndBlocksFollowTheEvents() {
        ObjectNode block = (ObjectNode) EventContracts.example(PUBLISHER, "block.saved");
        block.put("blockId", organizationId);
        feed("block.saved", block);
        assertThat(organizations.block(organizationId)).get().extracting(Organizations.Block::name)
                .isEqualTo(block.get("name").asString());

        ObjectNode saved = example("club.saved");
        saved.put("version", 2);
        feed("club.saved", saved);
        ObjectNode older = example("club.saved");
        older.put("version", 1).put("name", "旧名字");
        feed("club.saved", older);
        assertThat(organizations.find(organizationId)).get().extracting(Organizations.Organization::name)
                .isEqualTo(saved.get("name").asString());
        long owner = saved.get("ownerAccountId").asLong();
        assertThat(organizations.manages(owner, organizationId)).isTrue();

        ObjectNode manager = example("club.manager-changed");
        long managerId = manager.get("accountId").asLong();
        feed("club.manager-changed", manager);
        assertThat(organizations.manages(managerId, organizationId)).isTrue();
        manager.put("manager", false);
        feed("club.manager-changed", manager);
        assertThat(organizations.manages(managerId, organizationId)).isFalse();

        ObjectNode follow = example("club.membership-changed");
        feed("club.membership-changed", follow);
        assertThat(organizations.followedBy(follow.get("accountId").asLong())).contains(organizationId);

        ObjectNode transfer = example("club.owner-changed");
        feed("club.owner-changed", transfer);
        assertThat(organizations.find(organizationId)).get().extracting(Organizations.Organization::ownerAccountId)
                .isEqualTo(transfer.get("ownerAccountId").asLong());

        Long activity = jdbc.queryForObject("INSERT INTO activity (surface, status, title, owner_account_id,"
                + " organization_id, created_at, updated_at) VALUES ('campus', 'PUBLISHED', ?, 1, ?, now(), now())"
                + " RETURNING id", Long.class, "org-activity-" + organizationId, organizationId);
        feed("club.deleted", example("club.deleted"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM activity WHERE id = ?", Long.class, activity)).isZero();
        assertThat(organizations.find(organizationId)).isEmpty();
        assertThat(organizations.followedBy(follow.get("accountId").asLong())).doesNotContain(organizationId);
        ObjectNode blockGone = (ObjectNode) EventContracts.example(PUBLISHER, "block.deleted");
        blockGone.put("blockId", organizationId);
        feed("block.deleted", blockGone);
        assertThat(organizations.block(organizationId)).isEmpty();
    }
}
