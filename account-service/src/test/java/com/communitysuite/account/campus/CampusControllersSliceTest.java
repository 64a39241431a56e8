package com.communitysuite.account.campus;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

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
import com.communitysuite.account.account.AccountStatus;
import com.communitysuite.account.account.AccountStatusService;
import com.communitysuite.account.profile.SignInProfiles;
import com.communitysuite.account.profile.UserProfiles;
import com.communitysuite.account.token.TokenService;
import com.communitysuite.account.wechat.WeChatLoginException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.platform.test.TestIdentities;

/** The campus account controllers' shapes, refusals and bad input, with the application services mocked. */
@SurfaceSliceTest({ CampusAccountController.class, CampusProfileController.class, AccountAdminController.class })
class CampusControllersSliceTest {

    private static final String UID = "2701a6fbd0464da99789c9ad1ca1c654";
    private static final String USER = TestIdentities.account(12, UID, "campus");
    private static final String SUPER_USER = TestIdentities.bearer(SuiteIdentity.account(1, UID, null, "campus",
            Set.of(SuiteIdentity.ROLE_USER, SuiteIdentity.ROLE_ADMIN), Map.of()));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampusLoginService logins;
    @MockitoBean
    SignInProfiles profiles;
    @MockitoBean
    CampusUsers users;
    @MockitoBean
    EmailVerification emails;
    @MockitoBean
    AccountStatusService statuses;

    @Test
    void aWeChatFailureIsTheDocumentsErrorBody() throws Exception {
        given(logins.userLogin("used")).willThrow(new WeChatLoginException(HttpStatus.BAD_REQUEST, "refused"));
        given(logins.userLogin("down")).willThrow(new WeChatLoginException(HttpStatus.SERVICE_UNAVAILABLE, "down"));

        post("/campus/userLogin/", "{\"code\": \"used\"}", TestIdentities.anonymous("campus"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(1))
                .andExpect(jsonPath("$.code").value(-1))
                .andExpect(jsonPath("$.msg").isString());
        post("/campus/userLogin/", "{\"code\": \"down\"}", TestIdentities.anonymous("campus"))
                .andExpect(status().isServiceUnavailable());
    }

    @Test
    void aSignedInUserWithoutAVerifiedEmailOrSignatureGetsTheDocumentsEmptyStrings() throws Exception {
        Account account = Account.withWeChat("local-new", null, Instant.now());
        given(logins.userLogin("new")).willReturn(new CampusLoginService.SignedIn(account, true,
                new TokenService.TokenPair("access", "refresh", 12, UUID.randomUUID())));
        given(profiles.of(account)).willReturn(new UserProfiles.Profile(12, UID, "USER_2701a6fb", null, null, null, 1,
                1));

        post("/campus/userLogin/", "{\"code\": \"new\"}", TestIdentities.anonymous("campus"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(0))
                .andExpect(jsonPath("$.userExist").value(0))
                .andExpect(jsonPath("$.token").value("access"))
                .andExpect(jsonPath("$.email").value(""))
                .andExpect(jsonPath("$.avatar").value(""))
                .andExpect(jsonPath("$.sign").value(""))
                .andExpect(jsonPath("$.name").value("USER_2701a6fb"));
    }

    @Test
    void aFrozenUserIsRefusedWithTheCampus403() throws Exception {
        given(logins.userLogin("frozen")).willThrow(new NotAllowedException(CampusLoginService.FROZEN, "账号已被冻结"));

        post("/campus/userLogin/", "{\"code\": \"frozen\"}", TestIdentities.anonymous("campus"))
                .andExpect(status().isForbidden())
                .andExpect(content().json("{\"detail\":\"账号已被冻结\"}", true));
    }

    @Test
    void wrongSuperUserCredentialsAreTheOriginalsAlways200Answer() throws Exception {
        given(logins.adminLogIn("root", "wrong")).willReturn(Optional.empty());
        given(logins.adminLogIn("root", "right")).willReturn(Optional.of(
                new TokenService.TokenPair("access", "refresh", 1, UUID.randomUUID())));

        post("/campus/adminLogIn/", "{\"username\": \"root\", \"password\": \"wrong\"}",
                TestIdentities.anonymous("campus"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"success\":\"false\",\"mess\":\"Invalid User\"}", true));
        post("/campus/adminLogIn/", "{\"username\": \"root\", \"password\": \"right\"}",
                TestIdentities.anonymous("campus"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.success").value("true"))
                .andExpect(jsonPath("$.user.username").value("root"))
                .andExpect(jsonPath("$.token").value("access"));
    }

    @Test
    void badInputIsACampus400NamingTheField() throws Exception {
        String anonymous = TestIdentities.anonymous("campus");
        post("/campus/userLogin/", "{}", anonymous).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").isArray());
        post("/campus/userLogin/", "{\"code\": \"" + "c".repeat(129) + "\"}", anonymous)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").isArray());
        post("/campus/userLogin/", "{\"code\":", anonymous).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.body").isArray());
        post("/campus/adminLogIn/", "{\"username\": \"root\"}", anonymous).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.password").isArray());
        post("/campus/refresh/", "{\"refresh\": [\"a\"]}", anonymous).andExpect(status().isBadRequest());
        post("/campus/register/", "{\"username\": \"x\", \"password\": \"secret-password\", \"email\": \"no\"}",
                SUPER_USER).andExpect(status().isBadRequest()).andExpect(jsonPath("$.email").isArray());
        post("/campus/register/", "{\"username\": \"" + "u".repeat(151)
                + "\", \"password\": \"secret-password\", \"email\": \"a@b.cn\"}", SUPER_USER)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.username").isArray());
        post("/campus/userRegister/", "{\"id\": \"seven\", \"userInfo\": {}}", USER)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.body").isArray());
        post("/campus/userRegister/", "{\"id\": 12, \"userInfo\": {\"nickName\": \"" + "n".repeat(31) + "\"}}", USER)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$['userInfo.nickName']").isArray());
        post("/campus/sendVerify/", "{\"email\": \"not-an-address\"}", USER).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.email").isArray());
        post("/campus/verify/", "{\"verifyCode\": \"" + "9".repeat(17) + "\", \"email\": \"a@b.cn\", \"id\": 12}", USER)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.verifyCode").isArray());
        verifyNoInteractions(logins, users, emails);
    }

    @Test
    void theUsersOwnEndpointsNeedASignedInCallerAndTheirOwnId() throws Exception {
        willThrow(new NotAllowedException(CampusUsers.NOT_SELF, null)).given(users)
                .submitProfile(eq(12L), eq(13L), anyString(), anyString());
        willThrow(new NotAllowedException(EmailVerification.TOO_SOON, "请求过于频繁，请60秒后再试。")).given(emails)
                .send(12, "again@buaa.edu.cn");
        given(emails.verify(anyLong(), anyLong(), anyString(), anyString())).willReturn(false);

        post("/campus/sendVerify/", "{\"email\": \"a@buaa.edu.cn\"}", TestIdentities.anonymous("campus"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().json("{\"detail\":\"缺少token。\"}", true));
        post("/campus/userRegister/", "{\"id\": 13, \"userInfo\": {\"nickName\": \"x\", \"avatarUrl\": \"y\"}}", USER)
                .andExpect(status().isForbidden())
                .andExpect(content().json("{\"detail\":\"您没有执行该操作的权限。\"}", true));
        post("/campus/sendVerify/", "{\"email\": \"again@buaa.edu.cn\"}", USER)
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value("请求过于频繁，请60秒后再试。"));
        post("/campus/verify/", "{\"verifyCode\": \"abcdef\", \"email\": \"a@buaa.edu.cn\", \"id\": 12}", USER)
                .andExpect(status().isBadRequest())
                .andExpect(content().json("{\"status\":1,\"msg\":\"Invalid Code\"}", true));
    }

    @Test
    void adminEndpointsRefuseAPlainUserAndAskACallerWithoutTokenForOne() throws Exception {
        String register = "{\"username\": \"x\", \"password\": \"secret-password\", \"email\": \"x@b.cn\"}";
        for (Supplier<MockHttpServletRequestBuilder> request : List.<Supplier<MockHttpServletRequestBuilder>>of(
                () -> json(MockMvcRequestBuilders.post("/campus/register/"), register),
                () -> json(MockMvcRequestBuilders.put("/campus/admin/accounts/5/status"), "{\"status\": \"frozen\"}"))) {
            mvc.perform(request.get().header("Authorization", USER)).andExpect(status().isForbidden())
                    .andExpect(content().json("{\"detail\":\"您没有执行该操作的权限。\"}", true));
            mvc.perform(request.get().header("Authorization", TestIdentities.anonymous("campus")))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().json("{\"detail\":\"缺少token。\"}", true));
        }
        verifyNoInteractions(logins, statuses);
    }

    @Test
    void adminEndpointsTakeTheirInputFromASuperUser() throws Exception {
        given(logins.register("Jessica", "123456", "wangjiarui@163.com")).willReturn(Optional.of("Name exist"));

        post("/campus/register/", "{\"username\": \"Jessica\", \"password\": \"123456\", \"email\": \"wangjiarui@163.com\"}",
                SUPER_USER).andExpect(status().isOk())
                .andExpect(content().json("{\"success\":\"false\",\"mess\":\"Name exist\"}", true));
        mvc.perform(json(MockMvcRequestBuilders.put("/campus/admin/accounts/five/status"), "{\"status\": \"frozen\"}")
                .header("Authorization", SUPER_USER)).andExpect(status().isBadRequest());
        mvc.perform(json(MockMvcRequestBuilders.put("/campus/admin/accounts/5/status"), "{\"status\": \"gone\"}")
                .header("Authorization", SUPER_USER)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").isArray());
        given(statuses.change(5, AccountStatus.FROZEN, 1))
                .willThrow(new NotFoundException("account.not-found", "未找到用户"));
        mvc.perform(json(MockMvcRequestBuilders.put("/campus/admin/accounts/5/status"), "{\"status\": \"FROZEN\"}")
                .header("Authorization", SUPER_USER)).andExpect(status().isNotFound())
                .andExpect(content().json("{\"detail\":\"未找到用户\"}", true));
    }

    private ResultActions post(String path, String body, String identity) throws Exception {
        return mvc.perform(json(MockMvcRequestBuilders.post(path), body).header("Authorization", identity));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
