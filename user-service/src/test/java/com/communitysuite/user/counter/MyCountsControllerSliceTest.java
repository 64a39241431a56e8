package com.communitysuite.user.counter;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.platform.test.TestIdentities;
import com.communitysuite.user.SliceIdentities;

/** /mp/mycounts/ (and /mp/counts/): a bare dictionary for the caller's levels; signed-in callers only. */
@SurfaceSliceTest(MyCountsController.class)
class MyCountsControllerSliceTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Counters counters;

    @Test
    void theCountsOfTheCallersLevels() throws Exception {
        given(counters.of(5, 2, 1)).willReturn(Map.of("collected_meetings_count", 1L, "created_meetings_count", 2L));

        mvc.perform(get("/mp/mycounts/").header("Authorization", SliceIdentities.on("mp", Map.of("level", 2))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created_meetings_count").value(2));
        mvc.perform(get("/mp/counts/").header("Authorization", TestIdentities.anonymous("mp")))
                .andExpect(status().isForbidden());
    }
}
