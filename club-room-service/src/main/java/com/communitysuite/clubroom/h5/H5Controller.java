package com.communitysuite.clubroom.h5;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import com.communitysuite.clubroom.club.Club;
import com.communitysuite.clubroom.club.ClubDetails;
import com.communitysuite.clubroom.room.RoomSnapshot;
import com.communitysuite.clubroom.schedule.EventViews.EventView;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.app.AppResponse;
import com.communitysuite.platform.web.mvc.AppApi;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * App section "H5": the share pages' reads, open to anyone (the document's POST and the original's GET). A visitor
 * with an H5 token is an account and sees {@code joined} for themself.
 */
@AppApi
@Validated
class H5Controller {

    private static final String HEX32 = "[a-f0-9]{32}";

    private final H5Pages pages;

    H5Controller(H5Pages pages) {
        this.pages = pages;
    }

    @RequestMapping(path = "/h5/weixin/config", method = { RequestMethod.GET, RequestMethod.POST })
    AppResponse<Map<String, String>> weixinConfig(@RequestParam(required = false) @NotBlank(message = "url不能为空")
            @Size(max = 2000, message = "url不能超过2000个字") @Pattern(regexp = "https?://\\S+", message = "url不正确")
            String url) {
        return AppResponse.ok(pages.weixinConfig(url));
    }

    @RequestMapping(path = "/h5/room/{roomCacheId:" + HEX32 + "}", method = { RequestMethod.GET, RequestMethod.POST })
    AppResponse<RoomSnapshot> room(@PathVariable String roomCacheId, SuiteIdentity identity) {
        return AppResponse.ok(pages.room(roomCacheId, viewer(identity)));
    }

    @RequestMapping(path = "/h5/club/{clubId:" + HEX32 + "}", method = { RequestMethod.GET, RequestMethod.POST })
    AppResponse<ClubView> club(@PathVariable String clubId, SuiteIdentity identity) {
        return AppResponse.ok(ClubView.of(pages.club(clubId, viewer(identity))));
    }

    @RequestMapping(path = "/h5/profile/{uid:" + HEX32 + "}", method = { RequestMethod.GET, RequestMethod.POST })
    AppResponse<ProfileView> profile(@PathVariable String uid, SuiteIdentity identity) {
        return AppResponse.ok(ProfileView.of(pages.profile(uid, viewer(identity))));
    }

    @RequestMapping(path = "/h5/event/{eventId:" + HEX32 + "}", method = { RequestMethod.GET, RequestMethod.POST })
    AppResponse<EventView> event(@PathVariable String eventId) {
        return AppResponse.ok(EventView.of(pages.event(eventId)));
    }

    private static Long viewer(SuiteIdentity identity) {
        return identity != null && identity.isAccount() ? identity.accountId() : null;
    }

    @Schema(name = "H5Club")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ClubView(String clubId, String cover, long createTime, int joined, int memberTotal, String name,
            String uid) {

        static ClubView of(ClubDetails details) {
            Club club = details.club();
            return new ClubView(club.clubId(), club.cover(), club.createdAt().toEpochMilli(),
                    details.joined() ? 1 : 0, club.memberTotal(), club.name(), club.ownerUid());
        }
    }

    @Schema(name = "H5Profile")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProfileView(String avatar, String bio, String nickname, String uid, int blocked, int sendCard,
            long cardTotal, int allowLive) {

        static ProfileView of(H5Pages.Profile profile) {
            return new ProfileView(profile.user().avatar(), profile.user().bio(), profile.user().nickname(),
                    profile.user().uid(), profile.standing().blocked() ? 1 : 0,
                    profile.standing().cardSent() ? 1 : 0, profile.standing().cardTotal(), profile.allowLive() ? 1 : 0);
        }
    }
}
