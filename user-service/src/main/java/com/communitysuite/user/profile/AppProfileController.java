package com.communitysuite.user.profile;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.app.AppResponse;
import com.communitysuite.platform.web.mvc.AppApi;

/** App section "User" 1-3: the caller's profile, and another user's as the caller sees it. */
@AppApi
class AppProfileController {

    private final ProfileService profiles;

    AppProfileController(ProfileService profiles) {
        this.profiles = profiles;
    }

    /** The body; {@code ts} and {@code sign} travel beside these fields and are the gateway's. */
    record ProfileRequest(String nickname, String avatar, String bio) {
    }

    @PostMapping("/user/profile/init")
    @PreAuthorize("@access.account()")
    AppResponse<AppProfileView> initialise(SuiteIdentity caller, @RequestBody ProfileRequest request) {
        return AppResponse.ok(profiles.initialise(caller, request.nickname(), request.avatar()));
    }

    @PutMapping("/user/profile")
    @PreAuthorize("@access.account()")
    AppResponse<AppProfileView> edit(SuiteIdentity caller, @RequestBody ProfileRequest request) {
        return AppResponse.ok(profiles.edit(caller, request.nickname(), request.avatar(), request.bio()));
    }

    @GetMapping("/user/{uid:[a-f0-9]{32}}/profile")
    @PreAuthorize("@access.account()")
    AppResponse<AppProfileView> profile(SuiteIdentity caller, @PathVariable String uid) {
        return AppResponse.ok(profiles.appProfile(caller, uid));
    }
}
