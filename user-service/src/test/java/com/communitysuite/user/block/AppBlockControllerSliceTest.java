package com.communitysuite.user.block;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.platform.web.app.CursorPage;
import com.communitysuite.user.SliceIdentities;
import com.communitysuite.user.profile.AppProfileView;

/** The app's block endpoints: the list's page and entries, messages, failures and bad input. */
@SurfaceSliceTest(AppBlockController.class)
class AppBlockControllerSliceTest {

    private static final String OTHER = "250228d2eb8e4db8b4fc6b8e3e2a902d";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    BlockService blocks;

    @Test
    void theBlockListHasTheDocumentsPageAndEntries() throws Exception {
        given(blocks.blocked(any(), any())).willReturn(CursorPage.of(List.of(new ListedUser(1616747477657L,
                "1616747477657:" + OTHER, OTHER, new AppProfileView(OTHER, "Tony", "https://a", "开心就好", 1, 1, 3))),
                null, 10));

        mvc.perform(get("/user/block?count=10").header("Authorization", SliceIdentities.on("app")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.result.page.count").value(10))
                .andExpect(jsonPath("$.result.list[0].sequenceId").value("1616747477657:" + OTHER))
                .andExpect(jsonPath("$.result.list[0].userProfileResult.blocked").value(1));
        mvc.perform(get("/user/block?count=abc").header("Authorization", SliceIdentities.on("app")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.count").exists());
        mvc.perform(get("/user/block?count=101").header("Authorization", SliceIdentities.on("app")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.count").exists());
    }

    @Test
    void blockingAnswersTheDocumentsMessagesAndTheOriginalsFailures() throws Exception {
        mvc.perform(post("/user/" + OTHER + "/block").header("Authorization", SliceIdentities.on("app")))
                .andExpect(jsonPath("$.message").value("拉黑成功"));
        mvc.perform(delete("/user/" + OTHER + "/block").header("Authorization", SliceIdentities.on("app")))
                .andExpect(jsonPath("$.message").value("取消拉黑成功"));
        willThrow(new ConflictException("block.self", "无法屏蔽自己")).given(blocks).block(any(), any());
        mvc.perform(post("/user/" + OTHER + "/block").header("Authorization", SliceIdentities.on("app")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value(0))
                .andExpect(jsonPath("$.message").value("无法屏蔽自己"));
    }
}
