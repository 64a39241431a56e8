package com.communitysuite.user.appversion;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.platform.test.TestIdentities;

/** The controller's shapes and bad input, with the application service mocked. */
@SurfaceSliceTest(AppVersionController.class)
class AppVersionControllerSliceTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AppVersionService versions;

    @Test
    void anUpToDateClientGetsTheOriginalsBusinessFailure() throws Exception {
        given(versions.upgradeFor(any(), anyInt())).willReturn(Optional.empty());

        mvc.perform(get("/app/version/upgrade").header("Client-Type", "2").header("Version-Code", "30")
                .header("Authorization", TestIdentities.anonymous("app")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(0))
                .andExpect(jsonPath("$.errorCode").value(0))
                .andExpect(jsonPath("$.message").value(AppVersionController.UP_TO_DATE));
    }

    @Test
    void aVersionCodeThatIsNoNumberIsAnApp400NamingTheHeader() throws Exception {
        mvc.perform(get("/app/version/upgrade").header("Client-Type", "1").header("Version-Code", "x1")
                .header("Authorization", TestIdentities.anonymous("app")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Params Not Valid"))
                .andExpect(jsonPath("$.errors['Version-Code']").isArray());
    }

    @Test
    void withoutTheGatewaysIdentityTheServiceRefusesInTheAppShape() throws Exception {
        mvc.perform(get("/app/version/upgrade").header("Client-Type", "1"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value("Authorized Failed"));
    }
}
