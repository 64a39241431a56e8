package com.communitysuite.user.group;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.platform.web.mp.PageNumberRequest;
import com.communitysuite.user.SliceIdentities;
import com.communitysuite.user.profile.MpUserSearch.MpUser;

/** The mp group and city endpoints: the documents' shapes, meeting-admin-only refusals and bad bodies. */
@SurfaceSliceTest(MpGroupController.class)
class MpGroupControllerSliceTest {

    private static final String ADMIN = SliceIdentities.on("mp", Map.of("level", 3));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    GroupService groups;

    @Test
    void memberListsArePagedAndCityListsCarryBothShapes() throws Exception {
        given(groups.groupMembers(anyLong(), any(), any())).willReturn(PageNumberRequest.of(null, null)
                .page(1, List.of(new MpUser(1, "USER_ac94a464", null, "https://a"))));
        given(groups.cityMembers(any(), any(), any())).willReturn(PageNumberRequest.of("1", "10")
                .page(1, List.of(new MpUser(1, "USER_ac94a464", "g", "https://a"))));

        mvc.perform(get("/mp/users_include/4/").header("Authorization", ADMIN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.data[0].gitee_name").isEmpty()).andExpect(jsonPath("$.size").value(10));
        mvc.perform(get("/mp/users_include_city/").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.code").value(200)).andExpect(jsonPath("$.msg").value("success"))
                .andExpect(jsonPath("$.data[0].gitee_name").value("g")).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void onlyMeetingAdminsManageGroupsAndBatchBodiesAreChecked() throws Exception {
        mvc.perform(get("/mp/sigs/").header("Authorization", SliceIdentities.on("mp", Map.of("level", 2))))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").exists());
        mvc.perform(post("/mp/groupuser/action/new/").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"ids\": \"1-2\", \"group_id\": \"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("用户组不存在"));
        mvc.perform(post("/mp/groupuser/action/new/").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"ids\": 12, \"group_id\": 1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.ids[0]").value("参数无效"));
        mvc.perform(post("/mp/cityuser/action/new/").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"ids\": "))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/mp/users_exclude_city/?city=abc").header("Authorization", ADMIN))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.city[0]").value("参数无效"));
        mvc.perform(post("/mp/groupuser/action/new/").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"ids\": \"1\", \"group_id\": 1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.msg").value("Success to add maintainers to the group"));
    }
}
