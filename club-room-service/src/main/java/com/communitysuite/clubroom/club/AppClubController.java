package com.communitysuite.clubroom.club;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import com.communitysuite.clubroom.people.Caller;
import com.communitysuite.clubroom.people.UserSummary;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.app.AppResponse;
import com.communitysuite.platform.web.app.CursorPage;
import com.communitysuite.platform.web.app.CursorRequest;
import com.communitysuite.platform.web.mvc.AppApi;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** App section "Club": create, read, list, members, join and leave. Ids are 32 hex digits, as the original's routes. */
@AppApi
class AppClubController {

    private static final String CLUB = "/club/{clubId:[a-f0-9]{32}}";

    private final Clubs clubs;
    private final ClubMemberships memberships;

    AppClubController(Clubs clubs, ClubMemberships memberships) {
        this.clubs = clubs;
        this.memberships = memberships;
    }

    record CreateClubRequest(
            @NotBlank(message = ClubName.BLANK) @Size(max = ClubName.MAX_LENGTH, message = ClubName.TOO_LONG) String name,
            @NotBlank(message = "封面不能为空") @Size(max = 1000, message = "封面不能超过1000个字") String cover) {
    }

    @PostMapping("/club")
    @PreAuthorize("@access.account()")
    AppResponse<ClubView> create(@Valid @RequestBody CreateClubRequest request, SuiteIdentity identity) {
        return AppResponse.ok(ClubView.of(clubs.create(Caller.of(identity), request.name(), request.cover())));
    }

    @GetMapping(CLUB)
    @PreAuthorize("@access.account()")
    AppResponse<ClubView> club(@PathVariable String clubId, SuiteIdentity identity) {
        return AppResponse.ok(ClubView.of(clubs.club(clubId, Caller.of(identity))));
    }

    @GetMapping("/club")
    @PreAuthorize("@access.account()")
    AppResponse<CursorPage<JoinedClubView>> joined(@RequestParam(required = false) String lastId,
            @RequestParam(required = false) Integer count, SuiteIdentity identity) {
        CursorRequest page = CursorRequest.of(lastId, count);
        List<JoinedClubView> list = memberships.joinedClubs(Caller.of(identity), page.lastId(), page.count())
                .stream().map(JoinedClubView::of).toList();
        return AppResponse.ok(CursorPage.of(list, page.lastId(), page.count()));
    }

    @GetMapping(CLUB + "/member")
    @PreAuthorize("@access.account()")
    AppResponse<CursorPage<MemberView>> members(@PathVariable String clubId,
            @RequestParam(required = false) String lastId, @RequestParam(required = false) Integer count,
            SuiteIdentity identity) {
        CursorRequest page = CursorRequest.of(lastId, count);
        List<MemberView> list = memberships.members(Caller.of(identity), clubId, page.lastId(), page.count())
                .stream().map(MemberView::of).toList();
        return AppResponse.ok(CursorPage.of(list, page.lastId(), page.count()));
    }

    @PostMapping(CLUB + "/join")
    @PreAuthorize("@access.account()")
    AppResponse<ClubView> join(@PathVariable String clubId, SuiteIdentity identity) {
        return AppResponse.ok(ClubView.of(memberships.join(Caller.of(identity), clubId)));
    }

    @PostMapping(CLUB + "/leave")
    @PreAuthorize("@access.account()")
    AppResponse<Map<String, Object>> leave(@PathVariable String clubId, SuiteIdentity identity) {
        memberships.leave(Caller.of(identity), clubId);
        return AppResponse.ok(Map.of());
    }

    /** The document's club ({@code clubResult}); absent values are left out, as the original's JSON was. */
    @Schema(name = "Club")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ClubView(String clubId, String cover, long createTime, int memberTotal, int joined, String name,
            String uid) {

        static ClubView of(ClubDetails details) {
            Club club = details.club();
            return new ClubView(club.clubId(), club.cover(), club.createdAt().toEpochMilli(), club.memberTotal(),
                    details.joined() ? 1 : 0, club.name(), club.ownerUid());
        }
    }

    /** An entry of my clubs: {@code createTime} is when I joined. */
    record JoinedClubView(String clubId, ClubView clubResult, long createTime, String sequenceId) {

        static JoinedClubView of(ClubMemberships.JoinedClub joined) {
            ClubView club = ClubView.of(joined.club());
            return new JoinedClubView(club.clubId(), club, joined.joinedAt().toEpochMilli(), joined.sequenceId());
        }
    }

    /** An entry of a club's members, with the profile when this service knows it. */
    @Schema(name = "ClubMember")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MemberView(long createTime, String sequenceId, String uid, ProfileView userProfileResult) {

        static MemberView of(ClubMemberships.MemberPageEntry entry) {
            MemberEntry member = entry.member();
            return new MemberView(member.membership().joinedAt().toEpochMilli(), entry.sequenceId(),
                    member.membership().uid(), member.user() == null || !member.user().hasProfile() ? null
                            : ProfileView.of(member));
        }
    }

    @Schema(name = "ClubMemberProfile")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProfileView(String avatar, String bio, String nickname, String uid, int sendCard, long cardTotal,
            int blocked) {

        static ProfileView of(MemberEntry member) {
            UserSummary user = member.user();
            return new ProfileView(user.avatar(), user.bio(), user.nickname(), member.membership().uid(),
                    member.standing().cardSent() ? 1 : 0, member.standing().cardTotal(),
                    member.standing().blocked() ? 1 : 0);
        }
    }
}
