package com.communitysuite.platform.security.resource;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.communitysuite.platform.security.identity.IdentityKeys;
import com.communitysuite.platform.security.identity.IdentityTokenSigner;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.mvc.CampusApi;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;

/**
 * Role checks declared with {@code @PreAuthorize("@access...")} are made by the service from the identity token,
 * and refused in the surface's shape; {@code /internal/**} refuses anonymous identities.
 */
@WebMvcTest
@ContextConfiguration(classes = { AccessRulesTest.AdminController.class, AccessRulesTest.InternalController.class })
class AccessRulesTest {

    private static final ECKey KEY = IdentityKeys.generate();
    private static final IdentityTokenSigner SIGNER = new IdentityTokenSigner(KEY, Duration.ofMinutes(5),
            Clock.systemUTC());

    @DynamicPropertySource
    static void gatewayKey(DynamicPropertyRegistry properties) {
        properties.add("suite.identity.verification-keys", () -> new JWKSet(List.of(KEY.toPublicJWK())).toString());
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aSuperUserPassesAPlainUserIsRefusedInTheCampusShape() throws Exception {
        mvc.perform(get("/campus/blocks/secret").header("Authorization", bearer(user("admin"))))
                .andExpect(status().isOk());
        mvc.perform(get("/campus/blocks/secret").header("Authorization", bearer(user())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("您没有执行该操作的权限。"));
        mvc.perform(get("/campus/blocks/secret").header("Authorization", bearer(SuiteIdentity.anonymous("campus"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void levelsAreComparedWithTheTokensLevels() throws Exception {
        SuiteIdentity sponsor = SuiteIdentity.account(7, "u7", null, "mp", Set.of("user"),
                Map.of("activity_level", 2));

        mvc.perform(get("/campus/blocks/sponsored").header("Authorization", bearer(sponsor)))
                .andExpect(status().isOk());
        mvc.perform(get("/campus/blocks/sponsored").header("Authorization", bearer(user())))
                .andExpect(status().isForbidden());
    }

    @Test
    void internalPathsRefuseAnonymousIdentitiesAndAcceptServicesAndForwardedUsers() throws Exception {
        mvc.perform(get("/internal/things").header("Authorization", bearer(SuiteIdentity.anonymous("app"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/internal/things").header("Authorization", bearer(SuiteIdentity.service("gateway"))))
                .andExpect(status().isOk());
        mvc.perform(get("/internal/things").header("Authorization", bearer(user())))
                .andExpect(status().isOk());
        mvc.perform(get("/internal/things")).andExpect(status().isUnauthorized());
    }

    private static SuiteIdentity user(String... roles) {
        Set<String> granted = new java.util.HashSet<>(Set.of(roles));
        granted.add(SuiteIdentity.ROLE_USER);
        return SuiteIdentity.account(1, "u1", null, "campus", granted, Map.of());
    }

    private static String bearer(SuiteIdentity identity) {
        return "Bearer " + SIGNER.sign(identity);
    }

    @CampusApi
    static class AdminController {

        @GetMapping("/campus/blocks/secret")
        @PreAuthorize("@access.superUser()")
        String secret() {
            return "\"ok\"";
        }

        @GetMapping("/campus/blocks/sponsored")
        @PreAuthorize("@access.levelAtLeast('activity_level', 2)")
        String sponsored() {
            return "\"ok\"";
        }
    }

    @RestController
    static class InternalController {

        @GetMapping("/internal/things")
        String things() {
            return "\"ok\"";
        }
    }
}
