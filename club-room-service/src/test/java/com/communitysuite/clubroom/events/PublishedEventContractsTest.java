package com.communitysuite.clubroom.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import com.communitysuite.clubroom.support.Actor;
import com.communitysuite.clubroom.support.ClubRoomFlowTest;
import com.communitysuite.platform.test.EventContracts;

import tools.jackson.databind.JsonNode;

/**
 * Every event this service publishes for clubs, blocks and applications, as it arrives on Kafka, carries every field
 * of its contract ({@code contracts/events/club-room-service/}), is keyed by its aggregate and names its actor.
 */
class PublishedEventContractsTest extends ClubRoomFlowTest {

    private static final String PUBLISHER = "club-room-service";

    @Test
    void blocksOrganizationsMembershipsManagersOwnersAndApplications() {
        Actor admin = superUser();
        Actor owner = user("owner");
        Actor follower = user("follower");

        long blockId = admin.campus().postJson("/campus/blocks/", "{\"name\": \"%s\"}".formatted(unique("版块")))
                .json().get("id").asLong();
        JsonNode blockSaved = contract("block.saved", admin, data -> data.get("blockId").asLong() == blockId);
        assertThat(blockSaved.get("aggregateId").asString()).isEqualTo(Long.toString(blockId));

        String name = unique("摄影社");
        long applicationId = admin.campus().postJson("/campus/organizations/applications/", """
                {"name": "%s", "description": "理由", "user": %d, "block": %d}""".formatted(name, owner.id(), blockId))
                .json().get("id").asLong();
        admin.campus().putJson("/campus/organizations/applications/verifications/" + applicationId + "/",
                "{\"status\": 1}");
        JsonNode verified = contract("organization-application.verified", admin,
                data -> data.get("applicationId").asLong() == applicationId).get("data");
        assertThat(verified.get("approved").asBoolean()).isTrue();
        assertThat(verified.get("applicantAccountId").asLong()).isEqualTo(owner.id());
        long orgId = verified.get("organizationId").asLong();

        JsonNode saved = contract("club.saved", admin, data -> data.get("organizationId").asLong() == orgId);
        String clubId = saved.get("data").get("clubId").asString();
        assertThat(saved.get("aggregateId").asString()).isEqualTo(clubId);
        assertThat(saved.get("data").get("ownerUid").asString()).isEqualTo(owner.uid());
        assertThat(saved.get("data").get("blockId").asLong()).isEqualTo(blockId);
        JsonNode ownerManager = contract("club.manager-changed", admin,
                data -> data.get("organizationId").asLong() == orgId && data.get("accountId").asLong() == owner.id())
                .get("data");
        assertThat(ownerManager.get("manager").asBoolean()).isTrue();
        assertThat(ownerManager.get("owner").asBoolean()).as("a manager by owning it").isTrue();

        follower.campus().postJson("/campus/users/followed_organizations/", """
                {"org": %d, "person": %d}""".formatted(orgId, follower.id()));
        JsonNode membership = contract("club.membership-changed", follower,
                data -> data.get("organizationId").asLong() == orgId && data.get("accountId").asLong() == follower.id())
                .get("data");
        assertThat(membership.get("member").asBoolean()).isTrue();
        assertThat(membership.get("uid").asString()).isEqualTo(follower.uid());
        assertThat(published().awaitEnvelope("club.saved", data -> data.get("organizationId").asLong() == orgId
                && data.get("memberTotal").asInt() == 2).get("data").get("version").asLong()).isGreaterThan(1);

        owner.campus().postJson("/campus/organizations/managers/", """
                {"org": %d, "person": %d}""".formatted(orgId, follower.id()));
        JsonNode granted = contract("club.manager-changed", owner,
                data -> data.get("organizationId").asLong() == orgId && data.get("accountId").asLong() == follower.id())
                .get("data");
        assertThat(granted.get("owner").asBoolean()).isFalse();
        assertThat(granted.get("actorAccountId").asLong()).isEqualTo(owner.id());

        owner.campus().postJson("/campus/organizations/owner/" + orgId + "/", "{\"owner\": %d}".formatted(follower.id()));
        JsonNode ownerChanged = contract("club.owner-changed", owner,
                data -> data.get("organizationId").asLong() == orgId).get("data");
        assertThat(ownerChanged.get("previousOwnerAccountId").asLong()).isEqualTo(owner.id());
        assertThat(ownerChanged.get("ownerAccountId").asLong()).isEqualTo(follower.id());
        assertThat(ownerChanged.get("ownerUid").asString()).isEqualTo(follower.uid());

        follower.campus().delete("/campus/organizations/" + orgId + "/");
        JsonNode deleted = contract("club.deleted", follower, data -> data.get("organizationId").asLong() == orgId);
        assertThat(deleted.get("data").get("name").asString()).isEqualTo(name);
        assertThat(deleted.get("aggregateId").asString()).isEqualTo(clubId);

        admin.campus().delete("/campus/blocks/" + blockId + "/");
        contract("block.deleted", admin, data -> data.get("blockId").asLong() == blockId);
    }

    @Test
    void aRejectionAndAnAppClubsEvents() {
        Actor admin = superUser();
        Actor user = user("user");
        long blockId = admin.campus().postJson("/campus/blocks/", "{\"name\": \"%s\"}".formatted(unique("版块")))
                .json().get("id").asLong();
        long applicationId = user.campus().postJson("/campus/organizations/applications/", """
                {"name": "%s", "description": "理由", "user": %d, "block": %d}""".formatted(unique("社"), user.id(),
                blockId)).json().get("id").asLong();
        admin.campus().putJson("/campus/organizations/applications/verifications/" + applicationId + "/",
                "{\"status\": 2}");
        JsonNode rejected = contract("organization-application.verified", admin,
                data -> data.get("applicationId").asLong() == applicationId).get("data");
        assertThat(rejected.get("approved").asBoolean()).isFalse();
        assertThat(rejected.get("organizationId").isNull()).isTrue();

        String clubId = user.app().postJson("/club", "{\"name\": \"圈\", \"cover\": \"c\"}").json().get("result")
                .get("clubId").asString();
        JsonNode saved = contract("club.saved", user, data -> data.get("clubId").asString().equals(clubId)).get("data");
        assertThat(saved.get("blockId").isNull()).as("a club of the app belongs to no block").isTrue();
        assertThat(saved.get("cover").asString()).isEqualTo("c");
        user.app().postJson("/club/" + clubId + "/leave", "{}");
        contract("club.deleted", user, data -> data.get("clubId").asString().equals(clubId));
    }

    /** The newest envelope of the type whose data matches: it carries the contract's fields and names its actor. */
    private JsonNode contract(String type, Actor actor, Predicate<JsonNode> matching) {
        JsonNode envelope = published().awaitEnvelope(type, matching);
        EventContracts.assertCarries(PUBLISHER, type, envelope.get("data"));
        assertThat(envelope.get("data").has("actorUid")).as("the actor travels in the envelope").isFalse();
        assertThat(envelope.get("actorId").asString()).isEqualTo(actor.uid());
        return envelope;
    }
}
