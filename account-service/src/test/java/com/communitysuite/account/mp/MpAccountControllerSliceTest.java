package com.communitysuite.account.mp;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.communitysuite.account.account.Account;
import com.communitysuite.account.account.AccountRegistrations;
import com.communitysuite.account.profile.SignInProfiles;
import com.communitysuite.account.profile.UserProfiles;
import com.communitysuite.account.token.InvalidTokenException;
import com.communitysuite.account.token.TokenService;
import com.communitysuite.account.wechat.WeChatLoginException;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.platform.test.TestIdentities;

/** The mp account endpoints' shapes and bad input, with the application services mocked. */
@SurfaceSliceTest(MpAccountController.class)
class MpAccountControllerSliceTest {

    private static final String UID = "2701a6fbd0464da99789c9ad1ca1c654";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    MpLoginService logins;
    @MockitoBean
    MpConsentService consent;
    @MockitoBean
    SignInProfiles profiles;

    @Test
    void aSignInIsA201WithTheDocumentsFields() throws Exception {
        Account account = Account.withWeChat("local-x", null, Instant.now());
        given(logins.signIn("the-code")).willReturn(new MpLoginService.SignedIn(account,
                new TokenService.TokenPair("access-token", "refresh-token", 12, UUID.randomUUID())));
        given(profiles.of(account)).willReturn(new UserProfiles.Profile(12, UID, "小红", "https://img.example/a.png",
                null, null, 2, 1));

        post("/mp/login/", """
                {"code": "the-code"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.access").value("access-token"))
                .andExpect(jsonPath("$.refresh").value("refresh-token"))
                .andExpect(jsonPath("$.level").value(2))
                .andExpect(jsonPath("$.activity_level").value(1))
                .andExpect(jsonPath("$.gitee_name").isEmpty())
                .andExpect(jsonPath("$.nickname").value("小红"))
                .andExpect(jsonPath("$.avatar").value("https://img.example/a.png"))
                .andExpect(jsonPath("$.agree_privacy_policy").value(false));
    }

    @Test
    void refusalsOfTheSignInAnswerAsTheOriginal() throws Exception {
        given(logins.signIn("bad")).willThrow(new WeChatLoginException(HttpStatus.BAD_REQUEST, "invalid code"));
        given(logins.signIn("busy")).willThrow(new WeChatLoginException(HttpStatus.BAD_GATEWAY, "not JSON"));
        given(logins.signIn("frozen")).willThrow(new NotAllowedException(MpConsentService.INACTIVE,
                "User is inactive"));
        given(logins.signIn("raced")).willThrow(new ConflictException(AccountRegistrations.RACED, "请稍后重试"));

        post("/mp/login/", "{\"code\": \"bad\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("用户登录失败"));
        post("/mp/login/", "{\"code\": \"busy\"}").andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.detail").value("用户登录失败"));
        post("/mp/login/", "{\"code\": \"frozen\"}").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("User is inactive"));
        post("/mp/login/", "{\"code\": \"raced\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("请稍后重试"));
    }

    @Test
    void missingWrongTypedTooLongAndMalformedInputIsAnMp400() throws Exception {
        post("/mp/login/", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").isString())
                .andExpect(jsonPath("$.code[0]").value("This field is required."));
        post("/mp/login/", """
                {"code": {"value": "x"}}""").andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").isString());
        post("/mp/login/", "{\"code\": \"" + "c".repeat(129) + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").isArray());
        post("/mp/login/", "{\"code\":").andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").isString());
        post("/mp/refresh/", "{\"refresh\": \"" + "r".repeat(4097) + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.refresh").isArray());
        post("/mp/refresh/", "[1, 2]").andExpect(status().isBadRequest());
        verifyNoInteractions(logins);
    }

    @Test
    void refreshWithoutOrWithABadTokenIsA401() throws Exception {
        given(logins.refresh("used")).willThrow(new InvalidTokenException("invalid refresh"));

        post("/mp/refresh/", "{}").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("lack of refresh"));
        post("/mp/refresh/", "{\"refresh\": \"used\"}").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("invalid refresh"));
    }

    @Test
    void consentNeedsASignedInActiveCallerAndIsRecordedOnce() throws Exception {
        String session = UUID.randomUUID().toString();
        String caller = TestIdentities.bearer(SuiteIdentity.account(12,
                UID, session, "mp", Set.of("user"), Map.of()));
        given(consent.agree(12, session)).willReturn(new TokenService.AccessToken("fresh", Instant.now()))
                .willThrow(new ConflictException("privacy.already-agreed", "用户已签署隐私政策协议"));

        send(MockMvcRequestBuilders.put("/mp/agree/"), caller).andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(200))
                .andExpect(jsonPath("$.msg").value("Agree to privacy statement"))
                .andExpect(jsonPath("$.data").isEmpty())
                .andExpect(jsonPath("$.access").value("fresh"));
        send(MockMvcRequestBuilders.put("/mp/agree/"), caller).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("用户已签署隐私政策协议"));
        send(MockMvcRequestBuilders.put("/mp/agree/"), TestIdentities.anonymous("mp"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Authentication credentials were not provided."));
    }

    @Test
    void anInactiveAccountIsRefusedAsDrfRefusedIt() throws Exception {
        willThrow(new NotAllowedException(MpConsentService.INACTIVE, "User is inactive"))
                .given(consent).logout(anyLong());
        given(consent.agree(anyLong(), anyString())).willThrow(new InvalidTokenException("Token has been revoked"));
        String caller = TestIdentities.account(12, UID, "mp");

        send(MockMvcRequestBuilders.post("/mp/logout/"), caller).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("User is inactive"));
        send(MockMvcRequestBuilders.put("/mp/agree/"), TestIdentities.bearer(
                SuiteIdentity.account(12, UID, "not-a-session", "mp",
                        Set.of("user"), Map.of())))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Given token not valid for any token type"));
    }

    private ResultActions post(String path, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(json)
                .header("Authorization", TestIdentities.anonymous("mp")));
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String identity) throws Exception {
        return mvc.perform(request.header("Authorization", identity));
    }
}
