package com.communitysuite.clubroom.club;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.communitysuite.clubroom.support.Actor;
import com.communitysuite.clubroom.support.ClubRoomFlowTest;
import com.communitysuite.platform.test.TestHttp.Answer;

import tools.jackson.databind.JsonNode;

/** The app's clubs end to end in the service: owner, member and stranger. */
class AppClubFlowTest extends ClubRoomFlowTest {

    @Test
    void anOwnerCreatesAClubOthersJoinAndLeaveAndTheCountFollows() {
        Actor owner = user("owner");
        Actor member = user("member");
        Actor stranger = user("stranger");

        JsonNode created = result(owner.app().postJson("/club", """
                {"name": "产品\\t交流圈", "cover": "https://cdn.example/c.jpg", "ts": 1, "sign": "x"}"""));
        String clubId = created.get("clubId").asString();
        assertThat(clubId).matches("[a-f0-9]{32}");
        assertThat(created.get("name").asString()).isEqualTo("产品 交流圈");
        assertThat(created.get("uid").asString()).isEqualTo(owner.uid());
        assertThat(created.get("memberTotal").asInt()).isEqualTo(1);
        assertThat(created.get("createTime").asLong()).isPositive();

        JsonNode seen = result(stranger.app().get("/club/" + clubId));
        assertThat(seen.get("joined").asInt()).isZero();
        assertThat(seen.get("memberTotal").asInt()).isEqualTo(1);

        JsonNode joined = result(member.app().postJson("/club/" + clubId + "/join", "{}"));
        assertThat(joined.get("joined").asInt()).isEqualTo(1);
        assertThat(joined.get("memberTotal").asInt()).isEqualTo(2);
        assertThat(result(member.app().postJson("/club/" + clubId + "/join", "{}")).get("memberTotal").asInt())
                .as("joining again changes nothing").isEqualTo(2);
        assertThat(result(owner.app().get("/club/" + clubId)).get("joined").asInt()).isEqualTo(1);

        Answer left = member.app().postJson("/club/" + clubId + "/leave", "{}");
        assertThat(left.json().get("status").asInt()).isEqualTo(1);
        assertThat(result(stranger.app().get("/club/" + clubId)).get("memberTotal").asInt()).isEqualTo(1);
        assertBusinessFailure(member.app().postJson("/club/" + clubId + "/leave", "{}"), 500000, "圈子不存在");
    }

    @Test
    void theOwnerCannotLeaveWhileOthersAreMembersButAloneDissolvesTheClub() {
        Actor owner = user("owner");
        Actor member = user("member");
        String clubId = create(owner, "读书会");
        member.app().postJson("/club/" + clubId + "/join", "{}");

        assertBusinessFailure(owner.app().postJson("/club/" + clubId + "/leave", "{}"), 0, "创建人暂时无法退出圈子");

        member.app().postJson("/club/" + clubId + "/leave", "{}");
        assertThat(owner.app().postJson("/club/" + clubId + "/leave", "{}").json().get("status").asInt()).isEqualTo(1);
        assertBusinessFailure(owner.app().get("/club/" + clubId), 500000, "圈子不存在");
        assertBusinessFailure(member.app().postJson("/club/" + clubId + "/join", "{}"), 500000, "圈子不存在");
    }

    @Test
    void myClubsAreTheOnesIJoinedNewestFirstPageByPage() {
        Actor owner = user("owner");
        Actor me = user("me");
        List<String> clubIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String clubId = create(owner, "圈" + i);
            me.app().postJson("/club/" + clubId + "/join", "{}");
            clubIds.add(0, clubId);
        }
        create(owner, "not joined");

        JsonNode first = result(me.app().get("/club?count=2"));
        assertThat(first.get("page").get("count").asInt()).isEqualTo(2);
        assertThat(ids(first)).containsExactly(clubIds.get(0), clubIds.get(1));
        JsonNode entry = first.get("list").get(0);
        assertThat(entry.get("clubResult").get("joined").asInt()).isEqualTo(1);
        assertThat(entry.get("sequenceId").asString()).isEqualTo(entry.get("createTime").asLong() + ":" + clubIds.get(0));

        String lastId = first.get("list").get(1).get("sequenceId").asString();
        JsonNode second = result(me.app().get("/club?count=2&lastId=" + lastId));
        assertThat(second.get("page").get("lastId").asString()).isEqualTo(lastId);
        assertThat(ids(second)).containsExactly(clubIds.get(2));
        assertThat(ids(result(owner.app().get("/club?count=100")))).as("the owner is a member of each").hasSize(4);
    }

    @Test
    void membersAreListedNewestFirstWithTheirProfilesAndTheViewersStanding() {
        Actor owner = user("owner");
        Actor first = user("first");
        Actor second = unknownUser("second", false);
        String clubId = create(owner, "成员圈");
        first.app().postJson("/club/" + clubId + "/join", "{}");
        second.app().postJson("/club/" + clubId + "/join", "{}");
        people().blocked(owner.id(), first.id());
        people().cardSent(owner.id(), first.id());
        people().cardSent(second.id(), first.id());

        JsonNode page = result(owner.app().get("/club/" + clubId + "/member?count=2"));
        JsonNode newest = page.get("list").get(0);
        assertThat(newest.get("uid").asString()).isEqualTo(second.uid());
        assertThat(newest.has("userProfileResult")).as("a user this service has no profile of").isFalse();
        JsonNode next = page.get("list").get(1);
        assertThat(next.get("uid").asString()).isEqualTo(first.uid());
        JsonNode profile = next.get("userProfileResult");
        assertThat(profile.get("nickname").asString()).isEqualTo("first");
        assertThat(profile.get("avatar").asString()).endsWith(first.uid() + ".png");
        assertThat(profile.get("bio").asString()).isEqualTo("bio of first");
        assertThat(profile.get("blocked").asInt()).isEqualTo(1);
        assertThat(profile.get("sendCard").asInt()).isEqualTo(1);
        assertThat(profile.get("cardTotal").asInt()).isEqualTo(2);

        JsonNode asSeenByFirst = result(first.app().get("/club/" + clubId + "/member?count=2&lastId="
                + page.get("list").get(0).get("sequenceId").asString()));
        assertThat(asSeenByFirst.get("list").get(0).get("userProfileResult").get("blocked").asInt()).isZero();
        JsonNode rest = result(first.app().get("/club/" + clubId + "/member?count=5&lastId="
                + page.get("list").get(1).get("sequenceId").asString()));
        assertThat(rest.get("list")).hasSize(1);
        assertThat(rest.get("list").get(0).get("uid").asString()).isEqualTo(owner.uid());
    }

    @Test
    void anUnknownClubIs500000AndBadInputIsA400() {
        Actor user = user("user");
        String unknown = "ea01330db4ad49288dce2b8bcb00240b";

        assertBusinessFailure(user.app().get("/club/" + unknown), 500000, "圈子不存在");
        assertBusinessFailure(user.app().get("/club/" + unknown + "/member?count=5"), 500000, "圈子不存在");
        assertBusinessFailure(user.app().postJson("/club/" + unknown + "/join", "{}"), 500000, "圈子不存在");
        Answer badCursor = user.app().get("/club?count=5&lastId=yesterday");
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.json().get("errors").has("lastId")).isTrue();
        assertThat(user.app().postJson("/club", "{\"name\": \"x\"}").status()).isEqualTo(400);
        Answer invisibleName = user.app().postJson("/club", "{\"name\": \"\\u00A0\\uFEFF\", \"cover\": \"c\"}");
        assertThat(invisibleName.status()).as("nothing left of the name once cleaned").isEqualTo(400);
        assertThat(invisibleName.json().get("errors").get("name").get(0).asString()).isEqualTo("名称不能为空");
        assertThat(user.app().get("/club/abc").status()).isEqualTo(404);
    }

    private String create(Actor owner, String name) {
        return result(owner.app().postJson("/club", """
                {"name": "%s", "cover": "https://cdn.example/c.jpg"}""".formatted(name))).get("clubId").asString();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("list").forEach(entry -> ids.add(entry.get("clubId").asString()));
        return ids;
    }

    static JsonNode result(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("status").asInt()).as(answer.body()).isEqualTo(1);
        return answer.json().get("result");
    }

    static void assertBusinessFailure(Answer answer, int code, String message) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("status").asInt()).as(answer.body()).isZero();
        assertThat(answer.json().get("errorCode").asInt()).isEqualTo(code);
        assertThat(answer.json().get("message").asString()).isEqualTo(message);
    }
}
