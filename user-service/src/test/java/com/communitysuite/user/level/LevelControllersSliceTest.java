package com.communitysuite.user.level;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.user.SliceIdentities;

/** The admin levels API (campus shape) and the mp sponsor endpoints. */
@SurfaceSliceTest({ AdminLevelController.class, MpSponsorController.class })
class LevelControllersSliceTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    LevelService levels;

    @Test
    void aSuperUserGrantsLevelsAnsweredWithTheResult() throws Exception {
        given(levels.grant(eq(12L), eq(3), any())).willReturn(new LevelService.Levels(12, 3, 1));
        String superUser = SliceIdentities.on("campus", Map.of(), "user", "admin");

        mvc.perform(put("/campus/admin/users/12/levels").header("Authorization", superUser)
                .contentType(MediaType.APPLICATION_JSON).content("{\"level\": 3}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(12))
                .andExpect(jsonPath("$.level").value(3)).andExpect(jsonPath("$.activity_level").value(1));
        mvc.perform(put("/campus/admin/users/12/levels").header("Authorization", superUser)
                .contentType(MediaType.APPLICATION_JSON).content("{\"level\": \"three\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.level[0]").exists());
        mvc.perform(get("/campus/admin/users/12/levels").header("Authorization", SliceIdentities.on("campus")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value("您没有执行该操作的权限。"));
    }

    @Test
    void sponsorsAreAnActivityAdminsToManage() throws Exception {
        mvc.perform(post("/mp/sponsor/action/new/").header("Authorization", SliceIdentities.on("mp",
                Map.of("activity_level", 3))).contentType(MediaType.APPLICATION_JSON).content("{\"ids\": \"1-2\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.msg").value("Added successfully"));
        mvc.perform(post("/mp/sponsor/action/del/").header("Authorization", SliceIdentities.on("mp",
                Map.of("activity_level", 2))).contentType(MediaType.APPLICATION_JSON).content("{\"ids\": \"1\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/mp/sponsor/action/del/").header("Authorization", SliceIdentities.on("mp",
                Map.of("activity_level", 3))).contentType(MediaType.APPLICATION_JSON).content("{\"ids\": \"1--2\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.ids[0]").value("参数无效"));
    }
}
