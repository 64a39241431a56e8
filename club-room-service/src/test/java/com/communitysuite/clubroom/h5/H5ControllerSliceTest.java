package com.communitysuite.clubroom.h5;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.communitysuite.clubroom.people.UserRelations.Standing;
import com.communitysuite.clubroom.people.UserSummary;
import com.communitysuite.clubroom.room.RoomSnapshot;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.platform.test.TestIdentities;

/** The H5 pages' shapes without login, their codes, and bad input. */
@SurfaceSliceTest(H5Controller.class)
class H5ControllerSliceTest {

    private static final String ANONYMOUS = TestIdentities.anonymous("app");
    private static final String UID = "250228d2eb8e4db8b4fc6b8e3e2a902d";
    private static final String CACHE_ID = "f6fa3eef2e7344abad2035e13b19b79d";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    H5Pages pages;

    @Test
    void aSnapshotAndAProfileInTheDocumentsShape() throws Exception {
        RoomSnapshot.Person toby = new RoomSnapshot.Person("a.jpg", "bio", "Toby", UID, null);
        given(pages.room(eq(CACHE_ID), isNull())).willReturn(new RoomSnapshot(1, null, null, 1616597173743L, toby,
                List.of(new RoomSnapshot.Person("a.jpg", "bio", "Toby", UID, 0)), 1, "房", CACHE_ID,
                "c45e03f148de498f92d63cfc31690abb", UID));
        given(pages.profile(eq(UID), isNull())).willReturn(new H5Pages.Profile(new UserSummary(3, UID, "Tony", "t.jpg",
                "开心就好", null), new Standing(false, false, 2), false));

        for (var request : List.of(get("/h5/room/" + CACHE_ID), post("/h5/room/" + CACHE_ID))) {
            mvc.perform(request.header("Authorization", ANONYMOUS))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.result.closed").value(1))
                    .andExpect(jsonPath("$.result.fromMember.nickname").value("Toby"))
                    .andExpect(jsonPath("$.result.fromMember.blocked").doesNotExist())
                    .andExpect(jsonPath("$.result.memberList[0].blocked").value(0))
                    .andExpect(jsonPath("$.result.roomCacheId").value(CACHE_ID))
                    .andExpect(jsonPath("$.result.clubResult").doesNotExist());
        }
        mvc.perform(get("/h5/profile/" + UID).header("Authorization", ANONYMOUS))
                .andExpect(jsonPath("$.result.nickname").value("Tony"))
                .andExpect(jsonPath("$.result.blocked").value(0))
                .andExpect(jsonPath("$.result.sendCard").value(0))
                .andExpect(jsonPath("$.result.cardTotal").value(2))
                .andExpect(jsonPath("$.result.allowLive").value(0));
    }

    @Test
    void unknownThingsKeepTheirCodes() throws Exception {
        given(pages.room(eq(CACHE_ID), isNull())).willThrow(new NotFoundException("room.not-found", "活动已解散"));
        given(pages.weixinConfig("https://h5.example/x")).willThrow(new ConflictException("h5.wechat-unavailable",
                "获取微信配置失败"));

        mvc.perform(get("/h5/room/" + CACHE_ID).header("Authorization", ANONYMOUS))
                .andExpect(jsonPath("$.errorCode").value(400000));
        mvc.perform(get("/h5/weixin/config").param("url", "https://h5.example/x").header("Authorization", ANONYMOUS))
                .andExpect(jsonPath("$.status").value(0))
                .andExpect(jsonPath("$.message").value("获取微信配置失败"));
    }

    @Test
    void theConfigAnswersTheSignedFields() throws Exception {
        given(pages.weixinConfig("https://h5.example/x")).willReturn(Map.of("signature", "s", "appId", "wx",
                "jsapi_ticket", "t", "nonceStr", "n", "url", "https://h5.example/x", "timestamp", "1616667594"));

        mvc.perform(post("/h5/weixin/config").param("url", "https://h5.example/x").header("Authorization", ANONYMOUS))
                .andExpect(jsonPath("$.result.signature").value("s"))
                .andExpect(jsonPath("$.result.jsapi_ticket").value("t"))
                .andExpect(jsonPath("$.result.timestamp").value("1616667594"));
    }

    @Test
    void badInputIsAnApp400OrNotFound() throws Exception {
        for (String url : new String[] { "", "ftp://x", "https://" + "x".repeat(2001) }) {
            mvc.perform(get("/h5/weixin/config").param("url", url).header("Authorization", ANONYMOUS))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.status").value(0));
        }
        mvc.perform(get("/h5/weixin/config").header("Authorization", ANONYMOUS)).andExpect(status().isBadRequest());
        mvc.perform(get("/h5/club/NOPE").header("Authorization", ANONYMOUS)).andExpect(status().isNotFound());
        mvc.perform(get("/h5/profile/123").header("Authorization", ANONYMOUS)).andExpect(status().isNotFound());
        verifyNoInteractions(pages);
    }
}
