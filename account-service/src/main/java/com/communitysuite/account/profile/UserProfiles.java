package com.communitysuite.account.profile;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** user-service's profiles, which sign-in answers carry; null when there is none (yet). */
@FeignClient(name = "user-service", contextId = "userProfiles", path = "/internal/profiles", dismiss404 = true,
        fallbackFactory = UserProfilesFallback.class)
public interface UserProfiles {

    @GetMapping("/{accountId}")
    Profile profile(@PathVariable("accountId") long accountId);

    /** The profile fields sign-in answers show. */
    record Profile(long accountId, String uid, String nickname, String avatar, String sign, String giteeName,
            int level, int activityLevel) {
    }
}
