package com.communitysuite.activity.wx;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import com.communitysuite.activity.ActivityProperties;
import com.communitysuite.activity.activity.Activity;
import com.communitysuite.activity.activity.WxPage;
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

    static Activity page() {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        Activity activity = Activity.codesDraft(5, "互动页", now);
        ReflectionTestUtils.setField(activity, "id", 2L);
        activity.configureWxPage(new WxPage("https://example.org/bg.png", null, null, null, "name,phone",
                Instant.parse("2026-12-31T10:00:00Z"), "c-1"), now);
        return activity;
    }

    @Test
    void pageSettingsAnswerThePageAsItsInfoDoes() throws Exception {
        given(activities.configurePage(any(), eq(2L), any())).willReturn(page());
        for (String path : new String[] { "/activitys_for_wx/2", "/api/v3/activitys_for_wx/2" }) {
            mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).header("Authorization", ORGANIZATION)
                    .content("{\"collect_info\": \"phone,name\", \"close_time\": \"2026-12-31 18:00:00\","
                            + " \"permission\": 0, \"course_id\": \"c-1\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.code").value(0))
                    .andExpect(jsonPath("$.msg").value("修改成功"))
                    .andExpect(jsonPath("$.data.activity_id").value("2"))
                    .andExpect(jsonPath("$.data.activity_name").value("互动页"))
                    .andExpect(jsonPath("$.data.background").value("https://example.org/bg.png"))
                    .andExpect(jsonPath("$.data.logo").isEmpty())
                    .andExpect(jsonPath("$.data.permission").value("0"))
                    .andExpect(jsonPath("$.data.collect_info").value("name,phone"))
                    .andExpect(jsonPath("$.data.close_time").value("2026-12-31 18:00:00"));
        }
        ArgumentCaptor<WxPageSettings> settings = ArgumentCaptor.forClass(WxPageSettings.class);
        verify(activities, times(2)).configurePage(any(), eq(2L), settings.capture());
        assertThat(settings.getValue().collectInfo().value()).isEqualTo("name,phone");
        assertThat(settings.getValue().closeAt().value()).isEqualTo(Instant.parse("2026-12-31T10:00:00Z"));
        assertThat(settings.getValue().permission().value()).isNull();
        assertThat(settings.getValue().background()).as("left as it is").isNull();

        given(activities.configurePage(any(), eq(3L), any())).willThrow(new NotAllowedException("wx.not-page-manager",
                WxActivities.NOT_PAGE_MANAGER));
        mvc.perform(put("/activitys_for_wx/3").contentType(MediaType.APPLICATION_JSON)
                .content("{\"logo\": null}").header("Authorization", TestIdentities.account(7, "u", "wx")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value(1))
                .andExpect(jsonPath("$.msg").value(WxActivities.NOT_PAGE_MANAGER));
    }

    @Test
    void badPageSettingsAreAWxFailureNeverA500() throws Exception {
        String[] bodies = { "", "[]", "\"text\"", "null", "{", "{}", "{\"close_at\": null}",
                "{\"background\": \"ftp://example.org/a.png\"}", "{\"logo\": 1}",
                "{\"music\": \"https://example.org/" + "m".repeat(500) + "\"}", "{\"permission\": \"abc\"}",
                "{\"permission\": 1.5}", "{\"permission\": -3}", "{\"collect_info\": \"email\"}",
                "{\"collect_info\": [\"name\"]}", "{\"close_time\": \"2026-13-01 00:00:00\"}",
                "{\"close_time\": 1767175200000}", "{\"course_id\": \"" + "c".repeat(100_000) + "\"}",
                "{\"course_id\": \"a/b\"}", "{\"course_id\": {}}" };
        for (String body : bodies) {
            mvc.perform(put("/api/v3/activitys_for_wx/2").contentType(MediaType.APPLICATION_JSON).content(body)
                    .header("Authorization", ORGANIZATION))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value(1))
                    .andExpect(jsonPath("$.msg").isNotEmpty());
        }
        mvc.perform(put("/activitys_for_wx/2").contentType(MediaType.TEXT_PLAIN).content("logo=x")
                .header("Authorization", ORGANIZATION))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.code").value(1));
        mvc.perform(put("/activitys_for_wx/2").contentType(MediaType.APPLICATION_JSON).content("{\"logo\": null}")
                .header("Authorization", TestIdentities.anonymous("wx")))
                .andExpect(status().is4xxClientError());
        verifyNoInteractions(activities);
    }
}
