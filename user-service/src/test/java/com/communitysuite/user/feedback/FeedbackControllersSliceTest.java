package com.communitysuite.user.feedback;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.user.SliceIdentities;

/** App feedback and reports, campus feedback: messages, DRF field errors, super-user-only lists. */
@SurfaceSliceTest({ AppFeedbackController.class, CampusFeedbackController.class })
class FeedbackControllersSliceTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    FeedbackService feedback;

    @Test
    void appFeedbackAndReportsAnswerTheDocumentsMessagesAndBadInputNamesTheField() throws Exception {
        mvc.perform(post("/app/feedback").header("Authorization", SliceIdentities.on("app"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"feedbackContent\": \"x\"}"))
                .andExpect(jsonPath("$.message").value("反馈成功"));
        mvc.perform(post("/app/report").header("Authorization", SliceIdentities.on("app"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}"))
                .andExpect(jsonPath("$.message").value("投诉成功"));
        willThrow(new InvalidInputException("feedbackContent", "反馈内容不能超过500个字")).given(feedback)
                .appFeedback(any(), any());
        mvc.perform(post("/app/feedback").header("Authorization", SliceIdentities.on("app"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"feedbackContent\": \"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.feedbackContent[0]")
                        .value("反馈内容不能超过500个字"));
        mvc.perform(post("/app/report").header("Authorization", SliceIdentities.on("app"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"originReportType\": \"one\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("Params Not Valid"));
    }

    @Test
    void campusFeedbackNeedsContentAndUserAndOnlySuperUsersListOrDelete() throws Exception {
        mvc.perform(post("/campus/feedbacks/").header("Authorization", SliceIdentities.on("campus"))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.content[0]").value("该字段是必填项。"))
                .andExpect(jsonPath("$.user[0]").value("该字段是必填项。"));
        mvc.perform(get("/campus/feedbacks/").header("Authorization", SliceIdentities.on("campus")))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/campus/feedbacks/4/").header("Authorization", SliceIdentities.on("campus",
                Map.of(), "user", "admin"))).andExpect(status().isNoContent());
        mvc.perform(get("/campus/feedbacks/?limit=2").header("Authorization", SliceIdentities.on("campus",
                Map.of(), "user", "admin"))).andExpect(jsonPath("$.count").value(0));
    }
}
