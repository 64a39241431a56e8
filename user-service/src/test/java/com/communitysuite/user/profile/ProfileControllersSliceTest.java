package com.communitysuite.user.profile;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.platform.test.TestIdentities;

/** The profile controllers of the app, campus and mp surfaces: shapes, refusals and bad input. */
@SurfaceSliceTest({ AppProfileController.class, CampusUserController.class, MpUserController.class })
class ProfileControllersSliceTest {

    private static final String UID = "861da0739b7542e69b81fe4baebfd816";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ProfileService profiles;

    @Test
    void appProfilesAnswerTheDocumentsEnvelopeAndBusinessCodes() throws Exception {
        given(profiles.appProfile(any(), eq(UID))).willReturn(new AppProfileView(UID, "Toby", "https://a", "你好哇...",
                1, 0, 3));
        given(profiles.initialise(any(), any(), any()))
                .willThrow(new ConflictException("profile.already-initialised", "用户资料已初始化"));

        mvc.perform(get("/user/" + UID + "/profile").header("Authorization", app()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value(1))
                .andExpect(jsonPath("$.result.blocked").value(1)).andExpect(jsonPath("$.result.cardTotal").value(3));
        mvc.perform(post("/user/profile/init").header("Authorization", app()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nickname\":\"a\",\"avatar\":\"b\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.errorCode").value(200001));
    }

    @Test
    void appBadInputAndAnonymousCallersAreRefusedInTheAppShape() throws Exception {
        given(profiles.edit(any(), any(), any(), any()))
                .willThrow(new InvalidInputException("nickname", "设置的名字不能超过20个字"));

        mvc.perform(put("/user/profile").header("Authorization", app()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nickname\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("Params Not Valid"))
                .andExpect(jsonPath("$.errors.nickname[0]").value("设置的名字不能超过20个字"));
        mvc.perform(put("/user/profile").header("Authorization", app()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nickname\":"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("Params Not Valid"));
        mvc.perform(get("/user/" + UID + "/profile").header("Authorization", TestIdentities.anonymous("app")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.message").value("Forbidden"));
        mvc.perform(get("/user/NOT-A-UID/profile").header("Authorization", app())).andExpect(status().isNotFound());
    }

    @Test
    void campusUsersAreDrfShapedWithFieldErrorsAndNotFound() throws Exception {
        given(profiles.campusProfile(7)).willThrow(new NotFoundException("user.not-found", "未找到。"));
        given(profiles.editOnCampus(any(), anyLong(), any(), eq(false), any(), any()))
                .willThrow(new InvalidInputException("name", "该字段是必填项。"));

        mvc.perform(get("/campus/users/7/").header("Authorization", campus()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("未找到。"));
        mvc.perform(put("/campus/users/7/").header("Authorization", campus()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"sign\":\"s\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.name[0]").value("该字段是必填项。"));
        mvc.perform(get("/campus/users/").header("Authorization", campus()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value("您没有执行该操作的权限。"));
        mvc.perform(get("/campus/users/abc/").header("Authorization", campus())).andExpect(status().isBadRequest());
    }

    @Test
    void mpUserInfoIsTheOriginalsDictionaryAndGiteeNameNeedsAMeetingAdmin() throws Exception {
        UserProfile profile = new UserProfile(5, UID, "USER_1", "https://a", true, java.time.Instant.now());
        given(profiles.mpUserInfo(any(), eq(5L))).willReturn(profile);

        mvc.perform(get("/mp/userinfo/5/").header("Authorization", mp(Map.of())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(5))
                .andExpect(jsonPath("$.activity_level").value(1)).andExpect(jsonPath("$.gitee_name").isEmpty());
        mvc.perform(put("/mp/user/5/").header("Authorization", mp(Map.of())).contentType(MediaType.APPLICATION_JSON)
                .content("{\"gitee_name\":\"x\"}")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").exists());
        mvc.perform(put("/mp/user/5/").header("Authorization", mp(Map.of("level", 3)))
                .contentType(MediaType.APPLICATION_JSON).content("{\"gitee_name\": 7}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.gitee_name[0]").exists());
    }

    private static String app() {
        return TestIdentities.bearer(SuiteIdentity.account(5, UID, null, "app", Set.of("user"), Map.of()));
    }

    private static String campus() {
        return TestIdentities.bearer(SuiteIdentity.account(5, UID, null, "campus", Set.of("user"), Map.of()));
    }

    private static String mp(Map<String, Integer> levels) {
        return TestIdentities.bearer(SuiteIdentity.account(5, UID, null, "mp", Set.of("user"), levels));
    }
}
