package com.communitysuite.user.level;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.web.mp.MpResponse;
import com.communitysuite.platform.web.mp.PageNumberPage;
import com.communitysuite.platform.web.mp.PageNumberRequest;
import com.communitysuite.platform.web.mvc.MpApi;
import com.communitysuite.user.group.UserIds;
import com.communitysuite.user.profile.MpTexts;
import com.communitysuite.user.profile.MpUserSearch.MpUser;

import tools.jackson.databind.JsonNode;

/** mp user module items 18-21: activity sponsors, managed by activity admins. */
@MpApi
class MpSponsorController {

    static final String ACTIVITY_ADMIN = "@access.levelAtLeast('activity_level', 3)";

    private final LevelService levels;

    MpSponsorController(LevelService levels) {
        this.levels = levels;
    }

    @GetMapping("/mp/sponsors")
    @PreAuthorize(ACTIVITY_ADMIN)
    PageNumberPage<MpUser> sponsors(@RequestParam(required = false) String page,
            @RequestParam(required = false) String size, @RequestParam(required = false) String search) {
        return levels.sponsors(search, PageNumberRequest.of(page, size));
    }

    @GetMapping("/mp/nonsponsors")
    @PreAuthorize(ACTIVITY_ADMIN)
    PageNumberPage<MpUser> nonSponsors(@RequestParam(required = false) String page,
            @RequestParam(required = false) String size, @RequestParam(required = false) String search) {
        return levels.nonSponsors(search, PageNumberRequest.of(page, size));
    }

    @PostMapping("/mp/sponsor/action/new")
    @PreAuthorize(ACTIVITY_ADMIN)
    MpResponse<Void> add(@RequestBody JsonNode body) {
        levels.addSponsors(ids(body));
        return MpResponse.ok("Added successfully");
    }

    @PostMapping("/mp/sponsor/action/del")
    @PreAuthorize(ACTIVITY_ADMIN)
    MpResponse<Void> remove(@RequestBody JsonNode body) {
        levels.removeSponsors(ids(body));
        return MpResponse.ok("successfully deleted");
    }

    private static java.util.Set<Long> ids(JsonNode body) {
        JsonNode ids = body == null ? null : body.get("ids");
        if (ids == null || !ids.isString()) {
            throw new InvalidInputException("ids", MpTexts.PARAMETER_INVALID);
        }
        return UserIds.parse(ids.asString());
    }
}
