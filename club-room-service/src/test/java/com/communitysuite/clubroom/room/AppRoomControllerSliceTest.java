package com.communitysuite.clubroom.room;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.communitysuite.clubroom.people.UserRelations.Standing;
import com.communitysuite.clubroom.people.UserSummary;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.platform.test.TestIdentities;

/** The app's room endpoints: the document's shapes, its business codes, and bad input, with the service mocked. */
@SurfaceSliceTest(AppRoomController.class)
class AppRoomControllerSliceTest {

    private static final String UID = "6ce4443c8fcd4a2b8b407bda86ab4408";
    private static final String ROOM_ID = "e8c7d8325a7143e69648dbc799565f93";
    private static final String USER = TestIdentities.bearer(SuiteIdentity.account(7, UID, null, "app",
            Set.of("user"), Map.of()));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Rooms rooms;

    private final Room room = new Room(1, ROOM_ID, "产品活动", null, false, 7, UID, false,
            Instant.ofEpochMilli(1614433968620L));
    private final RoomMember creator = new RoomMember(new Participant(1, 7, UID, 1, RoomRole.HOST, "c", true, false,
            false, null, null, null, null), new UserSummary(7, UID, "Toby", "https://cdn.example/a.jpg", "你好", null),
            new Standing(false, true, 3), true);

    @Test
    void createAnswersTheRoomWithItsCreatorListed() throws Exception {
        given(rooms.create(any(), eq("产品活动"), isNull(), eq(false)))
                .willReturn(new RoomDetails(room, null, List.of(creator), 0));

        mvc.perform(app(post("/room")).contentType(MediaType.APPLICATION_JSON).content("""
                {"name": "产品活动", "ts": 1, "sign": "x"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(1))
                .andExpect(jsonPath("$.result.roomId").value(ROOM_ID))
                .andExpect(jsonPath("$.result.uid").value(UID))
                .andExpect(jsonPath("$.result.name").value("产品活动"))
                .andExpect(jsonPath("$.result.createTime").value(1614433968620L))
                .andExpect(jsonPath("$.result.inviteOnly").value(0))
                .andExpect(jsonPath("$.result.clubId").doesNotExist())
                .andExpect(jsonPath("$.result.memberTotal").value(0))
                .andExpect(jsonPath("$.result.memberList[0].nickname").value("Toby"))
                .andExpect(jsonPath("$.result.memberList[0].sendCard").value(1))
                .andExpect(jsonPath("$.result.memberList[0].cardTotal").value(3))
                .andExpect(jsonPath("$.result.memberList[0].blocked").value(0))
                .andExpect(jsonPath("$.result.memberList[0].allowLive").value(1));
    }

    @Test
    void inviteOnlyAboveZeroIsInviteOnly() throws Exception {
        given(rooms.create(any(), isNull(), eq(ROOM_ID), eq(true))).willReturn(new RoomDetails(
                new Room(1, ROOM_ID, null, null, true, 7, UID, false, Instant.EPOCH), null, List.of(creator), 0));

        mvc.perform(app(post("/room")).contentType(MediaType.APPLICATION_JSON).content("""
                {"clubId": "%s", "inviteOnly": 3}""".formatted(ROOM_ID)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.inviteOnly").value(1))
                .andExpect(jsonPath("$.result.name").doesNotExist());
    }

    @Test
    void badInputIsAnApp400() throws Exception {
        for (String body : new String[] { "{\"name\": \"" + "名".repeat(101) + "\"}", "{\"clubId\": \"nope\"}",
                "{\"inviteOnly\": \"yes\"}", "{\"inviteOnly\": -1}", "{\"inviteOnly\": 99999999999999}", "{\"name\":",
                "[1]" }) {
            mvc.perform(app(post("/room")).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.status").value(0))
                    .andExpect(jsonPath("$.message").value("Params Not Valid"));
        }
        for (String count : new String[] { "0", "101", "x" }) {
            mvc.perform(app(get("/room").param("count", count))).andExpect(status().isBadRequest());
        }
        mvc.perform(app(get("/room/NOT-HEX"))).andExpect(status().isNotFound());
        mvc.perform(app(post("/room/" + ROOM_ID + "/invite/123"))).andExpect(status().isNotFound());
        verifyNoInteractions(rooms);
    }

    @Test
    void aClosedRoomIs400000AndABlockingHost400001() throws Exception {
        given(rooms.room(any(), eq(ROOM_ID))).willThrow(new NotFoundException("room.not-found", "活动已解散"));
        given(rooms.token(any(), eq(ROOM_ID))).willThrow(new ConflictException("room.blocked", "无法加入此活动"));

        mvc.perform(app(get("/room/" + ROOM_ID)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(0))
                .andExpect(jsonPath("$.errorCode").value(400000))
                .andExpect(jsonPath("$.message").value("活动已解散"));
        mvc.perform(app(post("/room/" + ROOM_ID + "/token")))
                .andExpect(jsonPath("$.errorCode").value(400001))
                .andExpect(jsonPath("$.message").value("无法加入此活动"));
    }

    @Test
    void theTokenAndCacheAnswerPostAndGet() throws Exception {
        given(rooms.token(any(), eq(ROOM_ID))).willReturn(new Rooms.RoomToken(ROOM_ID, "007abc", 4, RoomRole.AUDIENCE));
        given(rooms.snapshot(any(), eq(ROOM_ID))).willReturn("992058c18549424ea76c1c0d958fcdc1");

        for (MockHttpServletRequestBuilder request : List.of(post("/room/" + ROOM_ID + "/token"),
                get("/room/" + ROOM_ID + "/token"))) {
            mvc.perform(app(request))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.result.roomId").value(ROOM_ID))
                    .andExpect(jsonPath("$.result.token").value("007abc"))
                    .andExpect(jsonPath("$.result.ruid").value(4))
                    .andExpect(jsonPath("$.result.role").value(0));
        }
        for (MockHttpServletRequestBuilder request : List.of(post("/room/" + ROOM_ID + "/cache"),
                get("/room/" + ROOM_ID + "/cache"))) {
            mvc.perform(app(request)).andExpect(jsonPath("$.result").value("992058c18549424ea76c1c0d958fcdc1"));
        }
    }

    @Test
    void theListLeavesOutTheDetailsOfARoomNobodyIsIn() throws Exception {
        given(rooms.visible(any(), isNull(), eq(10))).willReturn(List.of(
                new Rooms.RoomEntry(room, new RoomDetails(room, null, List.of(creator), 1), "1614433968620:" + ROOM_ID),
                new Rooms.RoomEntry(room, null, "1614433968620:" + ROOM_ID)));

        mvc.perform(app(get("/room").param("count", "10")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.page.count").value(10))
                .andExpect(jsonPath("$.result.list[0].roomId").value(ROOM_ID))
                .andExpect(jsonPath("$.result.list[0].createTime").value(1614433968620L))
                .andExpect(jsonPath("$.result.list[0].sequenceId").value("1614433968620:" + ROOM_ID))
                .andExpect(jsonPath("$.result.list[0].roomResult.memberTotal").value(1))
                .andExpect(jsonPath("$.result.list[1].roomResult").doesNotExist());
    }

    @Test
    void closeAndInviteAnswerTheDocumentsMessages() throws Exception {
        given(rooms.invite(any(), eq(ROOM_ID), eq(UID))).willReturn("邀请成功");
        willThrow(new NotFoundException("room.not-found", "活动已解散")).given(rooms).close(any(), eq("a".repeat(32)));

        mvc.perform(app(post("/room/" + ROOM_ID + "/invite/" + UID)))
                .andExpect(jsonPath("$.status").value(1))
                .andExpect(jsonPath("$.message").value("邀请成功"))
                .andExpect(jsonPath("$.result").isEmpty());
        mvc.perform(app(post("/room/" + ROOM_ID + "/close"))).andExpect(jsonPath("$.status").value(1));
        mvc.perform(app(post("/room/" + "a".repeat(32) + "/close"))).andExpect(jsonPath("$.errorCode").value(400000));
    }

    @Test
    void anAnonymousCallerIsRefused() throws Exception {
        mvc.perform(post("/room").header("Authorization", TestIdentities.anonymous("app"))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(rooms);
    }

    private static MockHttpServletRequestBuilder app(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", USER);
    }
}
