package com.communitysuite.user.card;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.user.SliceIdentities;

/** The app's card endpoints: messages, the unknown user's business code, bad input. */
@SurfaceSliceTest(AppCardController.class)
class AppCardControllerSliceTest {

    private static final String OTHER = "250228d2eb8e4db8b4fc6b8e3e2a902d";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CardService cards;

    @Test
    void cardsAnswerTheDocumentsMessagesAndAnUnknownUserIs200002() throws Exception {
        mvc.perform(post("/user/" + OTHER + "/card").header("Authorization", SliceIdentities.on("app")))
                .andExpect(jsonPath("$.message").value("对方已收到你的名片"));
        mvc.perform(delete("/user/" + OTHER + "/card").header("Authorization", SliceIdentities.on("app")))
                .andExpect(jsonPath("$.message").value("删除成功"));
        willThrow(new NotFoundException("user.not-found", "用户不存在")).given(cards).send(any(), any());
        mvc.perform(post("/user/" + OTHER + "/card").header("Authorization", SliceIdentities.on("app")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.errorCode").value(200002));
        mvc.perform(get("/user/card").header("Authorization", SliceIdentities.on("app")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.count").exists());
    }
}
