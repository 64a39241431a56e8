package com.communitysuite.account.appsession;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.communitysuite.account.captcha.CaptchaService;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.platform.test.TestIdentities;

/** The app account endpoints' shapes and bad input, with the application services mocked. */
@SurfaceSliceTest(AppAccountController.class)
class AppAccountControllerSliceTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CaptchaService captchas;
    @MockitoBean
    AppLoginService logins;

    @Test
    void aSentCodeIsTheDocumentsSuccessEnvelope() throws Exception {
        given(captchas.send(any(), any())).willReturn("验证码已发送，请注意查收");

        post("/account/captcha", """
                {"countryCode": "86", "mobile": "13800138000"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(1))
                .andExpect(jsonPath("$.message").value("验证码已发送，请注意查收"))
                .andExpect(jsonPath("$.result").isMap());
    }

    @Test
    void aSignInAnswersTheSessionsCredentials() throws Exception {
        given(logins.signIn(any(), anyString(), any())).willReturn(new AppLoginService.SignedIn(
                "2701a6fbd0464da99789c9ad1ca1c654", 1_800_000_000_000L, "t".repeat(32), "s".repeat(32), true));

        post("/account/login/captcha", """
                {"countryCode": "86", "mobile": "13800138000", "captcha": "123456"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(1))
                .andExpect(jsonPath("$.message").value("注册成功"))
                .andExpect(jsonPath("$.result.uid").value("2701a6fbd0464da99789c9ad1ca1c654"))
                .andExpect(jsonPath("$.result.expireTime").value(1_800_000_000_000L))
                .andExpect(jsonPath("$.result.accessToken").isString())
                .andExpect(jsonPath("$.result.accessSecret").isString());
    }

    @Test
    void aFrozenAccountIsTheDocumentsBusinessCode() throws Exception {
        given(logins.signIn(any(), anyString(), any()))
                .willThrow(new NotAllowedException(AppLoginService.FROZEN, "账号已被冻结"));

        post("/account/login/captcha", """
                {"mobile": "13800138000", "captcha": "123456"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(0))
                .andExpect(jsonPath("$.errorCode").value(100002))
                .andExpect(jsonPath("$.message").value("账号已被冻结"));
    }

    @Test
    void missingWrongTypedTooLongAndInvalidFieldsAreApp400sNamingTheField() throws Exception {
        badRequest("/account/captcha", "{}").andExpect(jsonPath("$.errors.mobile").isArray());
        badRequest("/account/captcha", """
                {"mobile": ["13800138000"]}""").andExpect(jsonPath("$.errors").isMap());
        badRequest("/account/captcha", """
                {"mobile": "1380013800012345"}""").andExpect(jsonPath("$.errors.mobile").isArray());
        badRequest("/account/captcha", """
                {"countryCode": "86868", "mobile": "13800138000"}""")
                .andExpect(jsonPath("$.errors.countryCode").isArray());
        badRequest("/account/captcha", """
                {"countryCode": "86", "mobile": "12345"}""")
                .andExpect(jsonPath("$.errors.mobile[0]").value("请输入正确的手机号码"));
        badRequest("/account/login/captcha", """
                {"mobile": "13800138000", "captcha": "12ab"}""")
                .andExpect(jsonPath("$.errors.captcha[0]").value("验证码格式不正确"));
        badRequest("/account/login/captcha", """
                {"mobile": "13800138000"}""").andExpect(jsonPath("$.errors.captcha").isArray());
        verifyNoInteractions(captchas, logins);
    }

    @Test
    void malformedJsonIsAnApp400() throws Exception {
        badRequest("/account/captcha", "{\"mobile\":").andExpect(jsonPath("$.errors.body").isArray());
        badRequest("/account/login/captcha", "not json").andExpect(jsonPath("$.errors.body").isArray());
    }

    @Test
    void logoutNeedsASignedInCaller() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/account/logout")
                .header("Authorization", TestIdentities.anonymous("app")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value("Authorized Failed"));
        mvc.perform(MockMvcRequestBuilders.post("/account/logout")
                .header("Authorization", TestIdentities.account(12, "2701a6fbd0464da99789c9ad1ca1c654", "app")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value("退出成功"));
    }

    private ResultActions post(String path, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(json)
                .header("Authorization", TestIdentities.anonymous("app")));
    }

    private ResultActions badRequest(String path, String json) throws Exception {
        return post(path, json)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(0))
                .andExpect(jsonPath("$.message").value("Params Not Valid"));
    }
}
