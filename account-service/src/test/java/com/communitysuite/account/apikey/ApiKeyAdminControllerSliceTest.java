package com.communitysuite.account.apikey;

import static org.mockito.ArgumentMatchers.any;
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
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.SurfaceSliceTest;
import com.communitysuite.platform.test.TestIdentities;

/** The campus admin API of organization keys: shapes, refusals and bad input, with the keys service mocked. */
@SurfaceSliceTest(ApiKeyAdminController.class)
class ApiKeyAdminControllerSliceTest {

    private static final String USER = TestIdentities.account(12, "2701a6fbd0464da99789c9ad1ca1c654", "campus");
    private static final String SUPER_USER = TestIdentities.bearer(SuiteIdentity.account(1,
            "0701a6fbd0464da99789c9ad1ca1c654", null, "campus",
            Set.of(SuiteIdentity.ROLE_USER, SuiteIdentity.ROLE_ADMIN), Map.of()));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    OrganizationApiKeys keys;

    @Test
    void aCreatedKeyIsShownOnceAndListedWithoutIt() throws Exception {
        UUID id = UUID.randomUUID();
        OrganizationApiKeys.KeyView view = new OrganizationApiKeys.KeyView(id, 12, "course sync", "org_0123ab",
                Instant.parse("2026-12-01T08:00:00Z"), null);
        given(keys.create(eq(12L), eq("course sync"), eq(1L))).willReturn(new OrganizationApiKeys.CreatedKey(view,
                "org_secret"));
        given(keys.list(12L)).willReturn(List.of(view));

        mvc.perform(json(MockMvcRequestBuilders.post("/campus/admin/api-keys"),
                "{\"organizationId\": 12, \"name\": \"course sync\"}").header("Authorization", SUPER_USER))
                .andExpect(status().isCreated())
                .andExpect(content().json("""
                        {"id": "%s", "organizationId": 12, "name": "course sync", "keyPrefix": "org_0123ab",
                         "createdAt": "2026-12-01T08:00:00Z", "revokedAt": null, "key": "org_secret"}""".formatted(id),
                        true));
        mvc.perform(MockMvcRequestBuilders.get("/campus/admin/api-keys?organizationId=12")
                .header("Authorization", SUPER_USER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id.toString()))
                .andExpect(jsonPath("$[0].key").doesNotExist());
    }

    @Test
    void onlyASuperUserManagesKeysAndACallerWithoutATokenIsAskedForOne() throws Exception {
        for (Supplier<MockHttpServletRequestBuilder> request : List.<Supplier<MockHttpServletRequestBuilder>>of(
                () -> json(MockMvcRequestBuilders.post("/campus/admin/api-keys"), "{\"organizationId\": 1, \"name\": \"x\"}"),
                () -> MockMvcRequestBuilders.get("/campus/admin/api-keys"),
                () -> MockMvcRequestBuilders.delete("/campus/admin/api-keys/" + UUID.randomUUID()))) {
            mvc.perform(request.get().header("Authorization", USER)).andExpect(status().isForbidden())
                    .andExpect(content().json("{\"detail\":\"您没有执行该操作的权限。\"}", true));
            mvc.perform(request.get().header("Authorization", TestIdentities.anonymous("campus")))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().json("{\"detail\":\"缺少token。\"}", true));
        }
        verifyNoInteractions(keys);
    }

    @Test
    void badInputIsACampus400AndAnUnknownKeyA404() throws Exception {
        willThrow(new NotFoundException("api-key.not-found", "未找到。")).given(keys).revoke(any());

        mvc.perform(MockMvcRequestBuilders.delete("/campus/admin/api-keys/" + UUID.randomUUID())
                .header("Authorization", SUPER_USER)).andExpect(status().isNotFound())
                .andExpect(content().json("{\"detail\":\"未找到。\"}", true));
        mvc.perform(MockMvcRequestBuilders.delete("/campus/admin/api-keys/not-a-uuid")
                .header("Authorization", SUPER_USER)).andExpect(status().isBadRequest());
        mvc.perform(json(MockMvcRequestBuilders.post("/campus/admin/api-keys"),
                "{\"organizationId\": \"abc\", \"name\": \"x\"}").header("Authorization", SUPER_USER))
                .andExpect(status().isBadRequest());
        mvc.perform(json(MockMvcRequestBuilders.post("/campus/admin/api-keys"), "{\"name\": \"x\"}")
                .header("Authorization", SUPER_USER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.organizationId").isArray());
        mvc.perform(json(MockMvcRequestBuilders.post("/campus/admin/api-keys"),
                "{\"organizationId\": 1, \"name\": \"" + "n".repeat(101) + "\"}").header("Authorization", SUPER_USER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.name").isArray());
        mvc.perform(json(MockMvcRequestBuilders.post("/campus/admin/api-keys"), "{\"organizationId\": 1,")
                .header("Authorization", SUPER_USER)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.body").isArray());
        mvc.perform(MockMvcRequestBuilders.get("/campus/admin/api-keys?organizationId=x")
                .header("Authorization", SUPER_USER)).andExpect(status().isBadRequest());
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
