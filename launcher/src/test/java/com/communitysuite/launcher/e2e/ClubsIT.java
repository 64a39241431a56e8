package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.communitysuite.launcher.conformance.Covers;

import tools.jackson.databind.JsonNode;

/** Clubs and organizations through the gateway: app users with signed requests, campus users and the super user. */
@ExtendWith(RunningSuite.class)
class ClubsIT {

    @Test
    @Covers({ "app POST /club", "app GET /club/{clubId}", "app GET /club", "app GET /club/{clubId}/member",
            "app POST /club/{clubId}/join", "app POST /club/{clubId}/leave" })
    void appUsersCreateJoinListAndLeaveAClub(Suite suite) {
        AppUser owner = suite.newAppUser();
        AppUser member = suite.newAppUser();

        JsonNode created = result(owner.post("/club", Map.of("name", "产品交流圈", "cover", "https://cdn.example/c.jpg")));
        String clubId = created.get("clubId").asString();
        assertThat(created.get("uid").asString()).isEqualTo(owner.uid());
        assertThat(created.get("memberTotal").asInt()).isEqualTo(1);

        JsonNode joined = result(member.post("/club/" + clubId + "/join", Map.of()));
        assertThat(joined.get("joined").asInt()).isEqualTo(1);
        assertThat(joined.get("memberTotal").asInt()).isEqualTo(2);
        JsonNode mine = result(member.get("/club", Map.of("count", 10)));
        assertThat(mine.get("list").get(0).get("clubId").asString()).isEqualTo(clubId);
        JsonNode members = result(owner.get("/club/" + clubId + "/member", Map.of("count", 10)));
        assertThat(members.get("list")).hasSize(2);
        assertThat(members.get("list").get(0).get("uid").asString()).isEqualTo(member.uid());

        Gateway.Answer ownerLeaves = owner.post("/club/" + clubId + "/leave", Map.of());
        assertThat(ownerLeaves.json().get("status").asInt()).as(ownerLeaves.toString()).isZero();
        assertThat(ownerLeaves.json().get("message").asString()).isEqualTo("创建人暂时无法退出圈子");
        result(member.post("/club/" + clubId + "/leave", Map.of()));
        assertThat(result(owner.get("/club/" + clubId)).get("memberTotal").asInt()).isEqualTo(1);

        Gateway.Answer unknown = owner.get("/club/ea01330db4ad49288dce2b8bcb00240b");
        assertThat(unknown.json().get("errorCode").asInt()).isEqualTo(500000);
        Gateway.Answer badCount = owner.get("/club", Map.of("count", 0));
        assertThat(badCount.status()).isEqualTo(400);
    }

    @Test
    @Covers({ "campus POST /campus/blocks/", "campus POST /campus/organizations/applications/",
            "campus GET /campus/users/organizations/applications/{user_id}",
            "campus PUT /campus/organizations/applications/verifications/{id}/",
            "campus GET /campus/blocks/organizations/{block_id}/", "campus POST /campus/users/followed_organizations/",
            "campus GET /campus/users/followed_organizations/{id}/", "campus POST /campus/organizations/managers/",
            "campus GET /campus/organizations/managers/{id}/", "campus PUT /campus/organizations/{id}/",
            "campus POST /campus/userOrgRelation/", "campus POST /campus/organizations/owner/{id}",
            "campus DELETE /campus/organizations/{id}/", "campus GET /campus/organizations/{id}/",
            "campus DELETE /campus/blocks/{id}/" })
    void anApprovedApplicationBecomesAnOrganizationFollowedManagedAndHandedOn(Suite suite) {
        CampusUser admin = suite.campusAdmin();
        CampusUser applicant = suite.newCampusUser();
        CampusUser follower = suite.newCampusUser();
        CampusUser stranger = suite.newCampusUser();

        Gateway.Answer block = admin.post("/campus/blocks/", "{\"name\": \"版块" + Suite.unique() + "\"}");
        assertThat(block.status()).as(block.toString()).isEqualTo(201);
        long blockId = block.json().get("id").asLong();
        assertThat(stranger.post("/campus/blocks/", "{\"name\": \"x" + Suite.unique() + "\"}").status()).isEqualTo(403);

        String name = "摄影社" + Suite.unique();
        Gateway.Answer applied = applicant.post("/campus/organizations/applications/", """
                {"name": "%s", "description": "我的申请理由", "user": %d, "block": %d}""".formatted(name, applicant.id(),
                blockId));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(202);
        long applicationId = applied.json().get("id").asLong();
        assertThat(applicant.get("/campus/users/organizations/applications/" + applicant.id() + "/").json()).hasSize(1);
        assertThat(stranger.get("/campus/users/organizations/applications/" + applicant.id() + "/").status())
                .isEqualTo(403);
        Gateway.Answer approved = admin.put("/campus/organizations/applications/verifications/" + applicationId + "/",
                "{\"status\": 1}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(201);
        assertThat(approved.json().get("status").asInt()).isEqualTo(1);

        JsonNode organizations = applicant.get("/campus/blocks/organizations/" + blockId + "/").json();
        assertThat(organizations).hasSize(1);
        long orgId = organizations.get(0).get("id").asLong();
        assertThat(organizations.get(0).get("owner").get("id").asLong()).isEqualTo(applicant.id());
        assertThat(organizations.get(0).get("block").get("id").asLong()).isEqualTo(blockId);

        Gateway.Answer followed = follower.post("/campus/users/followed_organizations/", """
                {"org": %d, "person": %d}""".formatted(orgId, follower.id()));
        assertThat(followed.status()).as(followed.toString()).isEqualTo(201);
        assertThat(stranger.post("/campus/users/followed_organizations/", """
                {"org": %d, "person": %d}""".formatted(orgId, follower.id())).status()).as("for someone else")
                .isEqualTo(403);
        assertThat(follower.get("/campus/users/followed_organizations/" + follower.id() + "/").json().get(0)
                .get("org").get("id").asLong()).isEqualTo(orgId);

        assertThat(follower.post("/campus/organizations/managers/", """
                {"org": %d, "person": %d}""".formatted(orgId, stranger.id())).status()).isEqualTo(403);
        Gateway.Answer appointed = applicant.post("/campus/organizations/managers/", """
                {"org": %d, "person": %d}""".formatted(orgId, follower.id()));
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        JsonNode managers = stranger.get("/campus/organizations/managers/" + orgId + "/").json();
        assertThat(managers.findValues("id").stream().map(JsonNode::asLong)).contains(applicant.id(), follower.id());

        Gateway.Answer edited = follower.put("/campus/organizations/" + orgId + "/", """
                {"name": "%s", "description": "我们拍照"}""".formatted(name));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("description").asString()).isEqualTo("我们拍照");
        assertThat(stranger.put("/campus/organizations/" + orgId + "/", "{\"name\": \"x\"}").status()).isEqualTo(403);

        Gateway.Answer relation = follower.post("/campus/userOrgRelation/", """
                {"user": %d, "org": %d}""".formatted(follower.id(), orgId));
        assertThat(relation.json().get("isFollower").asBoolean()).isTrue();
        assertThat(relation.json().get("isManager").asBoolean()).isTrue();
        assertThat(relation.json().get("isOwner").asBoolean()).isFalse();

        Gateway.Answer transferred = applicant.post("/campus/organizations/owner/" + orgId + "/",
                "{\"owner\": %d}".formatted(follower.id()));
        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        assertThat(transferred.json().get("owner").asLong()).isEqualTo(follower.id());
        assertThat(applicant.delete("/campus/organizations/" + orgId + "/").status()).as("no longer the owner")
                .isEqualTo(403);
        assertThat(follower.delete("/campus/organizations/" + orgId + "/").status()).isEqualTo(204);
        assertThat(stranger.get("/campus/organizations/" + orgId + "/").status()).isEqualTo(404);
        assertThat(admin.delete("/campus/blocks/" + blockId + "/").status()).isEqualTo(204);
    }

    @Test
    @Covers({ "campus GET /campus/blocks/{id}", "campus PUT /campus/blocks/{id}/",
            "campus GET /campus/organizations/applications/{id}", "campus GET /campus/organizations/applications/",
            "campus DELETE /campus/organizations/applications/{id}", "campus POST /campus/organizations/",
            "campus GET /campus/organizations/", "campus DELETE /campus/organizations/managers/",
            "campus GET /campus/users/managed_organizations/{id}/" })
    void superUsersKeepBlocksApplicationsAndOrganizationsAndOwnersAppointManagers(Suite suite) {
        CampusUser admin = suite.campusAdmin();
        CampusUser owner = suite.newCampusUser();
        CampusUser manager = suite.newCampusUser();
        CampusUser stranger = suite.newCampusUser();
        String blockName = "版块" + Suite.unique();
        long blockId = admin.post("/campus/blocks/", "{\"name\": \"" + blockName + "\"}").json().get("id").asLong();

        Gateway.Answer block = stranger.get("/campus/blocks/" + blockId);
        assertThat(block.status()).as(block.toString()).isEqualTo(200);
        assertThat(block.json().get("name").asString()).isEqualTo(blockName);
        assertThat(stranger.get("/campus/blocks/999999999").status()).isEqualTo(404);
        String renamed = "改名" + Suite.unique();
        Gateway.Answer edited = admin.put("/campus/blocks/" + blockId + "/", "{\"name\": \"" + renamed + "\"}");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("name").asString()).isEqualTo(renamed);
        assertThat(admin.put("/campus/blocks/" + blockId + "/", "{\"name\": \"" + renamed + "\"}").status())
                .as("the same name again").isEqualTo(400);
        assertThat(stranger.put("/campus/blocks/" + blockId + "/", "{\"name\": \"x" + Suite.unique() + "\"}")
                .status()).isEqualTo(403);

        Gateway.Answer applied = owner.post("/campus/organizations/applications/", """
                {"name": "%s", "description": "理由", "user": %d, "block": %d}""".formatted("申请" + Suite.unique(),
                owner.id(), blockId));
        long applicationId = applied.json().get("id").asLong();
        Gateway.Answer application = owner.get("/campus/organizations/applications/" + applicationId + "/");
        assertThat(application.status()).as(application.toString()).isEqualTo(200);
        assertThat(application.json().get("status").asInt()).isZero();
        assertThat(application.json().get("user").get("id").asLong()).isEqualTo(owner.id());
        assertThat(application.json().get("block").get("id").asLong()).isEqualTo(blockId);
        Gateway.Answer all = admin.get("/campus/organizations/applications/");
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().findValues("id").stream().map(JsonNode::asLong)).contains(applicationId);
        assertThat(stranger.get("/campus/organizations/applications/").status()).isEqualTo(403);
        assertThat(owner.delete("/campus/organizations/applications/" + applicationId + "/").status()).isEqualTo(204);
        assertThat(owner.get("/campus/organizations/applications/" + applicationId + "/").status()).isEqualTo(404);

        String name = "社团" + Suite.unique();
        Gateway.Answer created = admin.post("/campus/organizations/", """
                {"name": "%s", "owner": %d, "block": %d}""".formatted(name, owner.id(), blockId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("owner").asLong()).isEqualTo(owner.id());
        assertThat(created.json().get("block").asLong()).isEqualTo(blockId);
        long orgId = created.json().get("id").asLong();
        Gateway.Answer incomplete = admin.post("/campus/organizations/", "{\"owner\": " + owner.id() + "}");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().has("name")).isTrue();
        assertThat(incomplete.json().has("block")).isTrue();
        assertThat(stranger.post("/campus/organizations/", """
                {"name": "x%d", "owner": %d, "block": %d}""".formatted(Suite.unique(), stranger.id(), blockId))
                .status()).isEqualTo(403);
        Gateway.Answer organizations = admin.get("/campus/organizations/");
        assertThat(organizations.status()).as(organizations.toString()).isEqualTo(200);
        assertThat(organizations.json().findValues("name").stream().map(JsonNode::asString)).contains(name);
        assertThat(stranger.get("/campus/organizations/").status()).as("open to any user, as the original")
                .isEqualTo(200);

        assertThat(owner.post("/campus/organizations/managers/", """
                {"org": %d, "person": %d}""".formatted(orgId, manager.id())).status()).isEqualTo(201);
        JsonNode managed = manager.get("/campus/users/managed_organizations/" + manager.id() + "/").json();
        assertThat(managed.findValues("org").stream().map(org -> org.get("id").asLong())).contains(orgId);
        assertThat(stranger.delete("/campus/organizations/managers/?user=" + manager.id() + "&org=" + orgId)
                .status()).isEqualTo(403);
        assertThat(owner.delete("/campus/organizations/managers/?user=" + manager.id() + "&org=" + orgId).status())
                .isEqualTo(204);
        assertThat(manager.get("/campus/users/managed_organizations/" + manager.id() + "/").json()
                .findValues("org").stream().map(org -> org.get("id").asLong())).doesNotContain(orgId);

        assertThat(owner.delete("/campus/organizations/" + orgId + "/").status()).isEqualTo(204);
        assertThat(admin.delete("/campus/blocks/" + blockId + "/").status()).isEqualTo(204);
    }

    @Test
    @Covers({ "campus GET /campus/blocks/", "campus DELETE /campus/users/followed_organizations/" })
    void campusPagesLinkThroughTheGatewayAndBadInputIsA400InTheCampusShape(Suite suite) {
        CampusUser admin = suite.campusAdmin();
        CampusUser user = suite.newCampusUser();
        admin.post("/campus/blocks/", "{\"name\": \"版块" + Suite.unique() + "\"}");
        admin.post("/campus/blocks/", "{\"name\": \"版块" + Suite.unique() + "\"}");

        JsonNode page = user.get("/campus/blocks/?limit=1").json();
        assertThat(page.get("count").asInt()).isGreaterThanOrEqualTo(2);
        // The host part comes from the gateway's X-Forwarded-* headers, which it sends only with trusted proxies set.
        assertThat(page.get("next").asString()).endsWith("/campus/blocks/?limit=1&offset=1");

        Gateway.Answer missing = user.post("/campus/organizations/applications/", "{\"name\": \"x\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("description").get(0).asString()).isEqualTo("该字段是必填项。");
        Gateway.Answer badQuery = user.delete("/campus/users/followed_organizations/?user=x&org=1");
        assertThat(badQuery.status()).isEqualTo(400);
        assertThat(badQuery.json().has("user")).isTrue();
    }

    private static JsonNode result(Gateway.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("status").asInt()).as(answer.toString()).isEqualTo(1);
        return answer.json().get("result");
    }
}
