package com.communitysuite.notification.push;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.platform.test.TestIdentities;

/** POST /push/{jPushId} and the original's /push/update/{jPushId}: shapes and bad input, devices mocked. */
@SurfaceSliceTest(PushController.class)
class PushControllerSliceTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PushDevices devices;

    @Test
    void bothPathsBindTheCallersDeviceForItsClientType() throws Exception {
        mvc.perform(post("/push/1a0018970a8e2e1e4f5").header("Authorization", app(1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(1))
                .andExpect(jsonPath("$.message").value("Success"))
                .andExpect(jsonPath("$.result").isMap());
        verify(devices).bind(12L, PushPlatform.IOS, "1a0018970a8e2e1e4f5");

        mvc.perform(post("/push/update/13065ffa4e1fb1a6b4e").header("Authorization", app(2)))
                .andExpect(status().isOk());
        verify(devices).bind(12L, PushPlatform.ANDROID, "13065ffa4e1fb1a6b4e");
    }

    @Test
    void aWebClientIsAnsweredSuccessAndNothingIsBound() throws Exception {
        mvc.perform(post("/push/1a0018970a8e2e1e4f5").header("Authorization", app(0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(1));
        verify(devices, never()).bind(anyLong(), any(), anyString());
    }

    @Test
    void anIdThatIsNoRegistrationIdIsAnApp400() throws Exception {
        for (String id : new String[] { "abc-def", "x".repeat(65), "a.b", "中文" }) {
            mvc.perform(post("/push/" + id).header("Authorization", app(1)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.message").value("Params Not Valid"));
        }
        verifyNoInteractions(devices);
    }

    @Test
    void anAnonymousCallerBindsNothing() throws Exception {
        mvc.perform(post("/push/1a0018970a8e2e1e4f5").header("Authorization", TestIdentities.anonymous("app")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/push/1a0018970a8e2e1e4f5")).andExpect(status().isUnauthorized());
        verifyNoInteractions(devices);
    }

    private static String app(int clientType) {
        return TestIdentities.bearer(SuiteIdentity.account(12, "6ce4443c8fcd4a2b8b407bda86ab4408", null, "app",
                Set.of("user"), Map.of()).withClient(clientType, "0.1.7"));
    }
}
