package com.communitysuite.activity.wx;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.communitysuite.activity.ActivityProperties;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.platform.test.TestIdentities;

/** The wx controller's envelope and bad input, with the application service mocked. */
@SurfaceSliceTest(WxActivityController.class)
@EnableConfigurationProperties(ActivityProperties.class)
class WxActivityControllerSliceTest {

    static final String ORGANIZATION = TestIdentities.bearer(SuiteIdentity.organization(9, "wx"));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WxActivities activities;

    @Test
    void answersInTheWxEnvelope() throws Exception {
        given(activities.hasJoined(any(), eq(2L), eq("m1"))).willReturn(true);
        given(activities.exists(any(), anyLong())).willReturn(false);
        mvc.perform(get("/api/v3/activitys_for_wx/2/wx/hasJoin/m1").header("Authorization", ORGANIZATION))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(0))
                .andExpect(jsonPath("$.msg").value("成功获取"))
                .andExpect(jsonPath("$.data").value(1));
        mvc.perform(post("/activitys_for_wx/2/exist").header("Authorization", ORGANIZATION))
                .andExpect(jsonPath("$.code").value(0))
                .andExpect(jsonPath("$.data").value(false));
        given(activities.activity(any(), eq(3L))).willThrow(new NotAllowedException("wx.other-organization",
                WxActivities.OTHER_ORGANIZATION));
        mvc.perform(get("/activitys_for_wx/3").header("Authorization", ORGANIZATION))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value(1))
                .andExpect(jsonPath("$.msg").value(WxActivities.OTHER_ORGANIZATION));
    }

    @Test
    void badInputIsAWxFailureNeverA500() throws Exception {
        String[] bodies = { "{}", "{\"member_id\": \"\"}", "{\"member_id\": {}}", "[]", "{\"member_id\": ",
                "{\"member_id\": \"" + "x".repeat(65) + "\"}", "{\"member_id\": \"1\", \"member_icon\": [1]}" };
        for (String body : bodies) {
            mvc.perform(post("/api/v3/activitys_for_wx/2/wx/userInfo").contentType(MediaType.APPLICATION_JSON)
                    .content(body).header("Authorization", ORGANIZATION))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value(1));
        }
        mvc.perform(post("/activitys_for_wx/course/c1/signinInfo").contentType(MediaType.APPLICATION_JSON)
                .content("{}").header("Authorization", ORGANIZATION))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/activitys_for_wx/course/c1/signinInfo").contentType(MediaType.APPLICATION_JSON)
                .content("{\"member_id\": \"1\"}").header("Authorization", TestIdentities.account(5, "u", "wx")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value(1));
        mvc.perform(get("/activitys_for_wx/2/wx/hasJoin").header("Authorization", ORGANIZATION))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/activitys_for_wx/2").header("Authorization", TestIdentities.anonymous("wx")))
                .andExpect(status().is4xxClientError());
        verifyNoInteractions(activities);
    }
}
