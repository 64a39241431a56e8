package com.communitysuite.clubroom.orgapplication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.communitysuite.clubroom.support.Actor;
import com.communitysuite.clubroom.support.ClubRoomFlowTest;
import com.communitysuite.platform.test.TestHttp.Answer;

import tools.jackson.databind.JsonNode;

/** Applications to create an organization, from submission to a super user's decision. */
class ApplicationFlowTest extends ClubRoomFlowTest {

    Actor admin;
    Actor applicant;
    Actor stranger;
    long blockId;

    @BeforeEach
    void aBlock() {
        admin = superUser();
        applicant = user("applicant");
        stranger = user("stranger");
        Answer block = admin.campus().postJson("/campus/blocks/", "{\"name\": \"%s\"}".formatted(unique("版块")));
        blockId = block.json().get("id").asLong();
    }

    @Test
    void anApprovedApplicationBecomesAnOrganizationOwnedAndManagedByTheApplicant() {
        String name = unique("摄影社");
        JsonNode submitted = submit(applicant, name, applicant.id());
        long id = submitted.get("id").asLong();
        assertThat(submitted.get("status").asInt()).isZero();
        assertThat(submitted.get("user").asLong()).isEqualTo(applicant.id());
        assertThat(submitted.get("block").asLong()).isEqualTo(blockId);

        Answer approved = admin.campus().putJson("/campus/organizations/applications/verifications/" + id + "/",
                "{\"status\": 1}");
        assertThat(approved.status()).isEqualTo(201);
        assertThat(approved.json().get("status").asInt()).isEqualTo(1);

        JsonNode application = admin.campus().get("/campus/organizations/applications/" + id + "/").json();
        assertThat(application.get("status").asInt()).isEqualTo(1);
        assertThat(application.get("user").get("name").asString()).isEqualTo("applicant");
        JsonNode organizations = applicant.campus().get("/campus/blocks/organizations/" + blockId + "/").json();
        assertThat(organizations).hasSize(1);
        JsonNode organization = organizations.get(0);
        assertThat(organization.get("name").asString()).isEqualTo(name);
        assertThat(organization.get("description").isNull()).as("the reason is not copied").isTrue();
        assertThat(organization.get("owner").get("id").asLong()).isEqualTo(applicant.id());
        JsonNode relation = applicant.campus().postJson("/campus/userOrgRelation/", """
                {"user": %d, "org": %d}""".formatted(applicant.id(), organization.get("id").asLong())).json();
        assertThat(relation.get("isOwner").asBoolean()).isTrue();
        assertThat(relation.get("isManager").asBoolean()).isTrue();
        assertThat(relation.get("isFollower").asBoolean()).isTrue();

        Answer again = admin.campus().putJson("/campus/organizations/applications/verifications/" + id + "/",
                "{\"status\": 2}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("detail").get(0).asString()).isEqualTo("该组织申请已审批。");
        Answer sameName = applicant.campus().postJson("/campus/organizations/applications/", body(name, applicant.id()));
        assertThat(sameName.status()).isEqualTo(400);
        assertThat(sameName.json().get("name").get(0).asString()).isEqualTo("已经存在该名称的组织。");
    }

    @Test
    void aRejectedApplicationStaysAnApplication() {
        long id = submit(applicant, unique("读书会"), applicant.id()).get("id").asLong();

        Answer rejected = admin.campus().putJson("/campus/organizations/applications/verifications/" + id,
                "{\"status\": \"2\"}");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("status").asInt()).isEqualTo(2);
        assertThat(applicant.campus().get("/campus/blocks/organizations/" + blockId + "/").json()).isEmpty();
        assertThat(applicant.campus().putJson("/campus/organizations/applications/verifications/" + id,
                "{\"status\": 1}").status()).as("only super users decide").isEqualTo(403);
    }

    @Test
    void aPendingNameIsTakenAndANameTakenMeanwhileRefusesTheApproval() {
        String name = unique("篮球社");
        long id = submit(applicant, name, applicant.id()).get("id").asLong();
        Answer pending = stranger.campus().postJson("/campus/organizations/applications/", body(name, stranger.id()));
        assertThat(pending.status()).isEqualTo(400);
        assertThat(pending.json().get("name").get(0).asString()).isEqualTo("已经存在该名称组织的申请。");

        assertThat(admin.campus().postJson("/campus/organizations/", """
                {"name": "%s", "owner": %d, "block": %d}""".formatted(name, stranger.id(), blockId)).status())
                .isEqualTo(201);
        Answer clash = admin.campus().putJson("/campus/organizations/applications/verifications/" + id + "/",
                "{\"status\": 1}");
        assertThat(clash.status()).isEqualTo(400);
        assertThat(clash.json().get("name").get(0).asString()).isEqualTo("具有 组织名称 的 organization 已存在。");
        assertThat(admin.campus().get("/campus/organizations/applications/" + id + "/").json().get("status").asInt())
                .as("still pending").isZero();
    }

    @Test
    void applicantsApplyForThemselvesAndSeeOnlyTheirOwnApplications() {
        assertThat(stranger.campus().postJson("/campus/organizations/applications/", body(unique("x"), applicant.id()))
                .status()).isEqualTo(403);
        Answer noBlock = applicant.campus().postJson("/campus/organizations/applications/", """
                {"name": "%s", "description": "理由", "user": %d, "block": 999999999}""".formatted(unique("x"),
                applicant.id()));
        assertThat(noBlock.json().get("block").get(0).asString()).isEqualTo("无效主键 “999999999” - 对象不存在。");
        long id = submit(applicant, unique("合唱团"), applicant.id()).get("id").asLong();
        submit(admin, unique("代办"), stranger.id());

        JsonNode mine = applicant.campus().get("/campus/users/organizations/applications/" + applicant.id()).json();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("block").get("id").asLong()).isEqualTo(blockId);
        assertThat(stranger.campus().get("/campus/users/organizations/applications/" + applicant.id()).status())
                .isEqualTo(403);
        assertThat(admin.campus().get("/campus/users/organizations/applications/" + applicant.id() + "/?limit=5")
                .json().get("count").asInt()).isEqualTo(1);
        assertThat(stranger.campus().get("/campus/organizations/applications/" + id).status()).isEqualTo(403);
        assertThat(applicant.campus().get("/campus/organizations/applications/" + id).status()).isEqualTo(200);
        assertThat(stranger.campus().get("/campus/organizations/applications/").status()).isEqualTo(403);
        assertThat(admin.campus().get("/campus/organizaitons/applications/").json().findValues("id").stream()
                .map(JsonNode::asLong)).contains(id);

        assertThat(stranger.campus().delete("/campus/organizations/applications/" + id).status()).isEqualTo(403);
        assertThat(applicant.campus().delete("/campus/organizations/applications/" + id).status()).isEqualTo(204);
        Answer gone = admin.campus().get("/campus/organizations/applications/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().get("detail").asString()).isEqualTo("未找到。");
        assertThat(admin.campus().delete("/campus/organizations/applications/" + id).status()).isEqualTo(404);
    }

    private JsonNode submit(Actor caller, String name, long user) {
        Answer submitted = caller.campus().postJson("/campus/organizations/applications/", body(name, user));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        return submitted.json();
    }

    private String body(String name, long user) {
        return """
                {"name": "%s", "description": "我的申请理由", "user": %d, "block": %d}""".formatted(name, user, blockId);
    }
}
