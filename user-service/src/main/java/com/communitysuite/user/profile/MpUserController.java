package com.communitysuite.user.profile;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.mvc.MpApi;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

import tools.jackson.databind.JsonNode;

/** mp user module items 7 and 8: a meeting admin sets a user's gitee name; a user reads their own details. */
@MpApi
class MpUserController {

    private final ProfileService profiles;

    MpUserController(ProfileService profiles) {
        this.profiles = profiles;
    }

    record GiteeName(long id, @JsonProperty("gitee_name") String giteeName) {
    }

    /** The original's bare dictionary, with the document's {@code code} and {@code msg} beside it. */
    record UserInfo(int code, String msg, long id, int level,
            @JsonProperty("gitee_name") @Schema(nullable = true) String giteeName,
            @JsonProperty("activity_level") int activityLevel, String nickname, String avatar) {
        static UserInfo of(UserProfile profile) {
            return new UserInfo(200, "success", profile.accountId(), profile.level(), profile.giteeName(),
                    profile.activityLevel(), profile.nickname(), profile.avatar());
        }
    }

    @PutMapping("/mp/user/{id}")
    @PreAuthorize("@access.levelAtLeast('level', 3)")
    GiteeName giteeName(@PathVariable long id, @RequestBody JsonNode body) {
        JsonNode name = body == null ? null : body.get("gitee_name");
        if (name != null && !name.isNull() && !name.isString()) {
            throw new InvalidInputException("gitee_name", "Not a valid string.");
        }
        UserProfile profile = profiles.changeGiteeName(id, name == null || name.isNull() ? null : name.asString());
        return new GiteeName(profile.accountId(), profile.giteeName());
    }

    @GetMapping("/mp/userinfo/{id}")
    @PreAuthorize("@access.account()")
    UserInfo userInfo(SuiteIdentity caller, @PathVariable long id) {
        return UserInfo.of(profiles.mpUserInfo(caller, id));
    }
}
