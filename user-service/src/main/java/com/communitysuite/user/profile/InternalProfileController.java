package com.communitysuite.user.profile;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** For other services only (no public route leads here): a profile by account id. */
@RestController
class InternalProfileController {

    private final UserProfileRepository profiles;

    InternalProfileController(UserProfileRepository profiles) {
        this.profiles = profiles;
    }

    record ProfileView(long accountId, String uid, String nickname, String avatar, String sign, String giteeName,
            int level, int activityLevel) {
    }

    @GetMapping("/internal/profiles/{accountId}")
    @Transactional(readOnly = true)
    ResponseEntity<ProfileView> profile(@PathVariable long accountId) {
        return profiles.findById(accountId)
                .map(p -> ResponseEntity.ok(new ProfileView(p.accountId(), p.uid(), p.nickname(), p.avatar(), p.bio(),
                        p.giteeName(), p.level(), p.activityLevel())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
