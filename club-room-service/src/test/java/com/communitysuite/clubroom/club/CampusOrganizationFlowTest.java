package com.communitysuite.clubroom.club;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.communitysuite.clubroom.support.Actor;
import com.communitysuite.clubroom.support.ClubRoomFlowTest;
import com.communitysuite.platform.test.TestHttp.Answer;

import tools.jackson.databind.JsonNode;

/** Campus organizations, follows and managers, with their owner, a manager, a member, a stranger and a super user. */
class CampusOrganizationFlowTest extends ClubRoomFlowTest {

    Actor admin;
    Actor owner;
    Actor manager;
    Actor member;
    Actor stranger;
    long blockId;
    long orgId;

    @BeforeEach
    void anOrganizationWithAManagerAndAMember() {
        admin = superUser();
        owner = user("owner");
        manager = user("manager");
        member = user("member");
        stranger = user("stranger");
        blockId = created(admin.campus().postJson("/campus/blocks/", "{\"name\": \"%s\"}".formatted(unique("版块"))))
                .get("id").asLong();
        JsonNode organization = created(admin.campus().postJson("/campus/organizations/", """
                {"name": "%s", "owner": %d, "block": %d}""".formatted(unique("组织"), owner.id(), blockId)));
        orgId = organization.get("id").asLong();
        assertThat(organization.get("owner").asLong()).isEqualTo(owner.id());
        assertThat(organization.get("block").asLong()).isEqualTo(blockId);
        assertThat(organization.get("description").isNull()).isTrue();
        created(owner.campus().postJson("/campus/organizations/managers/", membership(orgId, manager.id())));
        created(member.campus().postJson("/campus/users/followed_organizations/", membership(orgId, member.id())));
    }

    @Test
    void theOwnerIsAMemberAndAManagerAndEachRelationIsSeenByItsUser() {
        assertThat(relation(owner)).isEqualTo(List.of(true, true, true));
        assertThat(relation(manager)).isEqualTo(List.of(true, false, true));
        assertThat(relation(member)).isEqualTo(List.of(true, false, false));
        assertThat(relation(stranger)).isEqualTo(List.of(false, false, false));
        assertThat(stranger.campus().postJson("/campus/userOrgRelation/", """
                {"user": %d, "org": %d}""".formatted(member.id(), orgId)).status()).isEqualTo(403);
        assertThat(admin.campus().postJson("/campus/userOrgRelation/", """
                {"user": %d, "org": %d}""".formatted(member.id(), orgId)).json().get("isFollower").asBoolean())
                .isTrue();
        Answer noOrg = member.campus().postJson("/campus/userOrgRelation/", """
                {"user": %d, "org": 999999999}""".formatted(member.id()));
        assertThat(noOrg.status()).isEqualTo(404);
        assertThat(noOrg.json().get("detail").asString()).isEqualTo("未找到组织");
        Answer noUser = admin.campus().postJson("/campus/userOrgRelation/", """
                {"user": 999999999, "org": %d}""".formatted(orgId));
        assertThat(noUser.json().get("detail").asString()).isEqualTo("未找到用户");

        JsonNode managers = ok(stranger.campus().get("/campus/organizations/managers/" + orgId + "/"));
        assertThat(ids(managers, "person")).containsExactly(owner.id(), manager.id());
        assertThat(managers.get(0).get("person").get("name").asString()).isEqualTo("owner");
        people().emailVerified(owner.id(), "owner@buaa.edu.cn");
        JsonNode org = ok(stranger.campus().get("/campus/organizations/" + orgId + "/"));
        assertThat(org.get("owner").get("name").asString()).isEqualTo("owner");
        assertThat(org.get("owner").get("email").asString()).isEqualTo("owner@buaa.edu.cn");
        assertThat(org.get("owner").get("sign").asString()).isEqualTo("bio of owner");
        assertThat(org.get("create_time").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?");
        assertThat(ok(admin.campus().get("/campus/organizations/managers/999999999/"))).isEmpty();
    }

    @Test
    void managersAndTheOwnerEditOthersCannot() {
        assertThat(stranger.campus().putJson("/campus/organizations/" + orgId + "/", "{\"name\": \"x\"}").status())
                .isEqualTo(403);
        assertThat(member.campus().putJson("/campus/organizations/" + orgId + "/", "{\"name\": \"x\"}").status())
                .isEqualTo(403);
        String renamed = unique("改名");
        JsonNode edited = ok(manager.campus().putJson("/campus/organizations/" + orgId + "/", """
                {"name": "%s", "description": "我是描述", "avatar": "https://img.example/o.png"}""".formatted(renamed)));
        assertThat(edited.get("name").asString()).isEqualTo(renamed);
        assertThat(edited.get("description").asString()).isEqualTo("我是描述");
        assertThat(edited.get("owner").get("id").asLong()).isEqualTo(owner.id());
        JsonNode keptByOwner = ok(owner.campus().putJson("/campus/organizations/" + orgId + "/",
                "{\"name\": \"%s\"}".formatted(renamed)));
        assertThat(keptByOwner.get("description").asString()).as("a PUT without it keeps it").isEqualTo("我是描述");
        assertThat(ok(admin.campus().putJson("/campus/organizations/" + orgId + "/",
                "{\"name\": \"%s\"}".formatted(renamed))).get("avatar").asString()).isEqualTo("https://img.example/o.png");

        String other = unique("别的组织");
        created(admin.campus().postJson("/campus/organizations/", """
                {"name": "%s", "owner": %d, "block": %d}""".formatted(other, stranger.id(), blockId)));
        Answer clash = owner.campus().putJson("/campus/organizations/" + orgId + "/", "{\"name\": \"%s\"}".formatted(other));
        assertThat(clash.status()).isEqualTo(400);
        assertThat(clash.json().get("name").get(0).asString()).isEqualTo("具有 组织名称 的 organization 已存在。");
    }

    @Test
    void superUsersCreateOrganizationsWithUniqueNamesOwnersAndBlocksThatExist() {
        String name = unique("组织");
        created(admin.campus().postJson("/campus/organizations/", """
                {"name": "%s", "owner": %d, "block": %d}""".formatted(name, stranger.id(), blockId)));

        Answer duplicate = admin.campus().postJson("/campus/organizations/", """
                {"name": "%s", "owner": %d, "block": %d}""".formatted(name, stranger.id(), blockId));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("name").get(0).asString()).isEqualTo("具有 组织名称 的 organization 已存在。");
        Answer noOwner = admin.campus().postJson("/campus/organizations/", """
                {"name": "%s", "owner": 999999999, "block": %d}""".formatted(unique("组织"), blockId));
        assertThat(noOwner.json().get("owner").get(0).asString()).isEqualTo("无效主键 “999999999” - 对象不存在。");
        Answer noBlock = admin.campus().postJson("/campus/organizations/", """
                {"name": "%s", "owner": %d, "block": 999999999}""".formatted(unique("组织"), stranger.id()));
        assertThat(noBlock.json().get("block").get(0).asString()).isEqualTo("无效主键 “999999999” - 对象不存在。");
        assertThat(owner.campus().postJson("/campus/organizations/", """
                {"name": "%s", "owner": %d, "block": %d}""".formatted(unique("组织"), owner.id(), blockId)).status())
                .isEqualTo(403);

        JsonNode ofBlock = ok(stranger.campus().get("/campus/blocks/organizations/" + blockId + "/"));
        assertThat(ids(ofBlock, null)).hasSize(2).contains(orgId);
        JsonNode page = ok(stranger.campus().get("/campus/blocks/organizations/" + blockId + "/?limit=1&offset=1"));
        assertThat(page.get("count").asInt()).isEqualTo(2);
        assertThat(page.get("results").get(0).get("name").asString()).isEqualTo(name);
        assertThat(page.get("previous").asString()).endsWith("/campus/blocks/organizations/" + blockId + "/?limit=1");
        assertThat(ids(ok(stranger.campus().get("/campus/organizations/")), null)).contains(orgId);
        JsonNode behindTheGateway = ok(stranger.campus().get("/campus/blocks/organizations/" + blockId + "/?limit=1",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "campus.example", "X-Forwarded-Port", "443"));
        assertThat(behindTheGateway.get("next").asString())
                .isEqualTo("https://campus.example/campus/blocks/organizations/" + blockId + "/?limit=1&offset=1");
    }

    @Test
    void followingIsForOneselfOnceAndUnfollowingNeverFails() {
        Answer twice = member.campus().postJson("/campus/users/followed_organizations/", membership(orgId, member.id()));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("non_field_errors").get(0).asString()).isEqualTo("已关注该组织。");
        assertThat(member.campus().postJson("/campus/users/followed_organizations/", membership(orgId, stranger.id()))
                .status()).as("for someone else").isEqualTo(403);
        Answer noOrg = stranger.campus().postJson("/campus/users/followed_organizations/",
                membership(999999999, stranger.id()));
        assertThat(noOrg.json().get("org").get(0).asString()).isEqualTo("无效主键 “999999999” - 对象不存在。");
        JsonNode forStranger = created(admin.campus().postJson("/campus/users/followed_organizations/",
                membership(orgId, stranger.id())));
        assertThat(forStranger.get("person").asLong()).isEqualTo(stranger.id());
        assertThat(forStranger.get("org").asLong()).isEqualTo(orgId);

        assertThat(ids(ok(member.campus().get("/campus/users/followed_organizations/" + member.id() + "/")), "org"))
                .containsExactly(orgId);
        assertThat(stranger.campus().get("/campus/users/followed_organizations/" + member.id() + "/").status())
                .isEqualTo(403);
        assertThat(member.campus().delete("/campus/users/followed_organizations/?user=" + stranger.id() + "&org="
                + orgId).status()).isEqualTo(403);

        assertThat(member.campus().delete("/campus/users/followed_organizations/?user=" + member.id() + "&org="
                + orgId).status()).isEqualTo(204);
        assertThat(member.campus().delete("/campus/users/followed_organizations/?user=" + member.id() + "&org="
                + orgId).status()).as("nothing to undo").isEqualTo(204);
        assertThat(ok(member.campus().get("/campus/users/followed_organizations/" + member.id() + "/"))).isEmpty();
        Answer ownerLeaves = owner.campus().delete("/campus/users/followed_organizations/?user=" + owner.id() + "&org="
                + orgId);
        assertThat(ownerLeaves.status()).isEqualTo(400);
        assertThat(ownerLeaves.json().get("detail").asString()).isEqualTo("创建人暂时无法退出圈子");
    }

    @Test
    void onlyTheOwnerOrASuperUserAppointsAndRemovesManagers() {
        assertThat(manager.campus().postJson("/campus/organizations/managers/", membership(orgId, member.id()))
                .status()).isEqualTo(403);
        Answer again = owner.campus().postJson("/campus/organizations/managers/", membership(orgId, manager.id()));
        assertThat(again.json().get("non_field_errors").get(0).asString()).isEqualTo("该用户已是此组织管理员。");
        JsonNode appointed = created(admin.campus().postJson("/campus/organizations/managers/",
                membership(orgId, stranger.id())));
        assertThat(appointed.get("person").asLong()).isEqualTo(stranger.id());
        assertThat(relation(stranger)).as("a new manager joins the club").isEqualTo(List.of(true, false, true));
        assertThat(ids(ok(stranger.campus().get("/campus/users/managed_organizations/" + stranger.id() + "/")),
                "org")).containsExactly(orgId);
        assertThat(member.campus().get("/campus/users/managed_organizations/" + stranger.id() + "/").status())
                .isEqualTo(403);

        assertThat(manager.campus().delete("/campus/organizations/managers/?user=" + stranger.id() + "&org=" + orgId)
                .status()).isEqualTo(403);
        assertThat(owner.campus().delete("/campus/organizations/managers/?user=" + stranger.id() + "&org=" + orgId)
                .status()).isEqualTo(204);
        assertThat(relation(stranger)).as("still a member").isEqualTo(List.of(true, false, false));
        assertThat(owner.campus().delete("/campus/organizations/managers/?user=" + member.id() + "&org=" + orgId)
                .status()).as("not a manager: nothing to undo").isEqualTo(204);
        Answer ownersOwn = admin.campus().delete("/campus/organizations/managers/?user=" + owner.id() + "&org=" + orgId);
        assertThat(ownersOwn.status()).isEqualTo(400);
        assertThat(ownersOwn.json().get("detail").asString()).isEqualTo("负责人始终是组织的管理员。");
        assertThat(owner.campus().delete("/campus/organizations/managers/?user=1&org=999999999").status())
                .isEqualTo(404);
    }

    @Test
    void theOwnerHandsTheOrganizationOnAndTheNewOwnerManagesIt() {
        assertThat(manager.campus().postJson("/campus/organizations/owner/" + orgId, "{\"owner\": %d}"
                .formatted(manager.id())).status()).isEqualTo(403);
        Answer unknown = owner.campus().postJson("/campus/organizations/owner/" + orgId, "{\"owner\": 999999999}");
        assertThat(unknown.json().get("owner").get(0).asString()).isEqualTo("无效主键 “999999999” - 对象不存在。");

        JsonNode transferred = ok(owner.campus().postJson("/campus/organizations/owner/" + orgId + "/",
                "{\"owner\": %d}".formatted(stranger.id())));
        assertThat(transferred.get("owner").asLong()).isEqualTo(stranger.id());
        assertThat(relation(stranger)).isEqualTo(List.of(true, true, true));
        assertThat(relation(owner)).as("the previous owner stays a manager").isEqualTo(List.of(true, false, true));
        assertThat(ok(member.campus().get("/campus/organizations/" + orgId + "/")).get("owner").get("id").asLong())
                .isEqualTo(stranger.id());
        assertThat(owner.campus().delete("/campus/users/followed_organizations/?user=" + owner.id() + "&org="
                + orgId).status()).as("no longer the owner, they may leave").isEqualTo(204);
        assertThat(ok(admin.campus().postJson("/campus/organizations/owner/" + orgId + "/",
                "{\"owner\": %d}".formatted(member.id()))).get("owner").asLong()).isEqualTo(member.id());
    }

    @Test
    void theOwnerOrASuperUserDeletesAnOrganizationAndDeletingABlockDeletesItsOrganizations() {
        assertThat(manager.campus().delete("/campus/organizations/" + orgId + "/").status()).isEqualTo(403);
        assertThat(owner.campus().delete("/campus/organizations/" + orgId + "/").status()).isEqualTo(204);
        Answer gone = owner.campus().get("/campus/organizations/" + orgId + "/");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().get("detail").asString()).isEqualTo("未找到。");
        assertThat(ok(member.campus().get("/campus/users/followed_organizations/" + member.id() + "/"))).isEmpty();

        long another = created(admin.campus().postJson("/campus/organizations/", """
                {"name": "%s", "owner": %d, "block": %d}""".formatted(unique("组织"), owner.id(), blockId)))
                .get("id").asLong();
        assertThat(admin.campus().delete("/campus/blocks/" + blockId + "/").status()).isEqualTo(204);
        assertThat(owner.campus().get("/campus/organizations/" + another + "/").status()).isEqualTo(404);
        assertThat(admin.campus().get("/campus/blocks/" + blockId + "/").status()).isEqualTo(404);
    }

    @Test
    void anOrganizationIsAClubOfTheAppAndJoiningItIsFollowing() {
        assertThat(AppClubFlowTest.result(stranger.app().get("/club?count=1")).get("list")).isEmpty();
        JsonNode ownersClubs = AppClubFlowTest.result(owner.app().get("/club?count=10"));
        JsonNode club = ownersClubs.get("list").get(0).get("clubResult");
        assertThat(club.get("uid").asString()).isEqualTo(owner.uid());
        assertThat(club.get("memberTotal").asInt()).isEqualTo(3);

        AppClubFlowTest.result(stranger.app().postJson("/club/" + club.get("clubId").asString() + "/join", "{}"));
        assertThat(relation(stranger)).isEqualTo(List.of(true, false, false));
        assertThat(AppClubFlowTest.result(stranger.app().get("/club/" + club.get("clubId").asString()))
                .get("memberTotal").asInt()).isEqualTo(4);
        AppClubFlowTest.assertBusinessFailure(owner.app().postJson("/club/" + club.get("clubId").asString()
                + "/leave", "{}"), 0, "创建人暂时无法退出圈子");
    }

    @Test
    void blocksAreReadByAnyoneAndWrittenBySuperUsersWithTheOriginalsErrors() {
        String name = ok(member.campus().get("/campus/blocks/" + blockId + "/")).get("name").asString();
        assertThat(ids(ok(member.campus().get("/campus/blocks/")), null)).contains(blockId);
        assertThat(member.campus().postJson("/campus/blocks/", "{\"name\": \"x\"}").status()).isEqualTo(403);

        Answer duplicate = admin.campus().postJson("/campus/blocks/", "{\"name\": \"%s\"}".formatted(name));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("name").get(0).asString()).isEqualTo("具有 版块名称 的 block 已存在。");
        Answer unchanged = admin.campus().putJson("/campus/blocks/" + blockId + "/", "{\"name\": \"%s\"}".formatted(name));
        assertThat(unchanged.status()).isEqualTo(400);
        assertThat(unchanged.json().get("block").get(0).asString()).isEqualTo("板块名称重复");
        String other = unique("版块");
        created(admin.campus().postJson("/campus/blocks/", "{\"name\": \"%s\"}".formatted(other)));
        Answer taken = admin.campus().putJson("/campus/blocks/" + blockId + "/", "{\"name\": \"%s\"}".formatted(other));
        assertThat(taken.json().get("name").get(0).asString()).isEqualTo("具有 版块名称 的 block 已存在。");
        String renamed = unique("新版块");
        assertThat(ok(admin.campus().putJson("/campus/blocks/" + blockId + "/", "{\"name\": \"%s\"}".formatted(renamed)))
                .get("name").asString()).isEqualTo(renamed);
        assertThat(ok(member.campus().get("/campus/organizations/" + orgId + "/")).get("block").get("name").asString())
                .isEqualTo(renamed);
    }

    private List<Boolean> relation(Actor user) {
        JsonNode relation = ok(user.campus().postJson("/campus/userOrgRelation/", """
                {"user": %d, "org": %d}""".formatted(user.id(), orgId)));
        return List.of(relation.get("isFollower").asBoolean(), relation.get("isOwner").asBoolean(),
                relation.get("isManager").asBoolean());
    }

    static String membership(long org, long person) {
        return "{\"org\": %d, \"person\": %d}".formatted(org, person);
    }

    static List<Long> ids(JsonNode list, String wrapper) {
        List<Long> ids = new ArrayList<>();
        list.forEach(entry -> ids.add((wrapper == null ? entry : entry.get(wrapper)).get("id").asLong()));
        return ids;
    }

    static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    static JsonNode created(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }
}
