package com.communitysuite.clubroom.club;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.communitysuite.clubroom.support.Actor;
import com.communitysuite.clubroom.support.ClubRoomFlowTest;

import tools.jackson.databind.JsonNode;

/** A user who logs off leaves no membership, application or ownership behind; their clubs live on with others. */
class AccountErasureTest extends ClubRoomFlowTest {

    @Test
    void membershipsEndAndOwnedClubsPassToTheLongestStandingManagerElseMemberElseAreDeleted() {
        Actor admin = superUser();
        Actor leaving = user("leaving");
        Actor manager = user("manager");
        Actor firstMember = user("first");
        Actor laterMember = user("later");
        long block = CampusOrganizationFlowTest.created(admin.campus().postJson("/campus/blocks/",
                "{\"name\": \"%s\"}".formatted(unique("版块")))).get("id").asLong();
        long managed = organization(admin, leaving, block);
        firstMember.campus().postJson("/campus/users/followed_organizations/",
                CampusOrganizationFlowTest.membership(managed, firstMember.id()));
        leaving.campus().postJson("/campus/organizations/managers/",
                CampusOrganizationFlowTest.membership(managed, manager.id()));
        String appClub = AppClubFlowTest.result(leaving.app().postJson("/club", """
                {"name": "圈", "cover": "c"}""")).get("clubId").asString();
        firstMember.app().postJson("/club/" + appClub + "/join", "{}");
        laterMember.app().postJson("/club/" + appClub + "/join", "{}");
        String lonely = AppClubFlowTest.result(leaving.app().postJson("/club", """
                {"name": "独", "cover": "c"}""")).get("clubId").asString();
        long joined = organization(admin, manager, block);
        leaving.campus().postJson("/campus/users/followed_organizations/",
                CampusOrganizationFlowTest.membership(joined, leaving.id()));
        leaving.campus().postJson("/campus/organizations/applications/", """
                {"name": "%s", "description": "理由", "user": %d, "block": %d}""".formatted(unique("申请"),
                leaving.id(), block));

        people().loggedOff(leaving.id(), leaving.uid());

        JsonNode handedOn = admin.campus().get("/campus/organizations/" + managed + "/").json();
        assertThat(handedOn.get("owner").get("id").asLong()).as("the manager, not the earlier member")
                .isEqualTo(manager.id());
        JsonNode appClubNow = AppClubFlowTest.result(firstMember.app().get("/club/" + appClub));
        assertThat(appClubNow.get("uid").asString()).as("the longest-standing member").isEqualTo(firstMember.uid());
        assertThat(appClubNow.get("memberTotal").asInt()).isEqualTo(2);
        AppClubFlowTest.assertBusinessFailure(firstMember.app().get("/club/" + lonely), 500000, "圈子不存在");
        assertThat(admin.campus().get("/campus/users/followed_organizations/" + leaving.id() + "/").json()).isEmpty();
        assertThat(admin.campus().get("/campus/users/organizations/applications/" + leaving.id() + "/").json())
                .isEmpty();
        JsonNode relation = admin.campus().postJson("/campus/userOrgRelation/", """
                {"user": %d, "org": %d}""".formatted(firstMember.id(), managed)).json();
        assertThat(relation.get("isFollower").asBoolean()).isTrue();
    }

    private long organization(Actor admin, Actor owner, long block) {
        return CampusOrganizationFlowTest.created(admin.campus().postJson("/campus/organizations/", """
                {"name": "%s", "owner": %d, "block": %d}""".formatted(unique("组织"), owner.id(), block)))
                .get("id").asLong();
    }
}
