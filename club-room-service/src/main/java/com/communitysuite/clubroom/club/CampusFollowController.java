package com.communitysuite.clubroom.club;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.communitysuite.platform.web.campus.CampusList;
import com.communitysuite.platform.web.campus.CampusLists;
import com.communitysuite.clubroom.campus.CampusShapes.UserView;
import com.communitysuite.clubroom.campus.CampusTexts;
import com.communitysuite.clubroom.people.Caller;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.mvc.CampusApi;

/** Campus follows and managers: both are memberships of the club, managers with the manager role. */
@CampusApi
class CampusFollowController {

    private final ClubMemberships memberships;

    CampusFollowController(ClubMemberships memberships) {
        this.memberships = memberships;
    }

    record MembershipRequest(@NotNull(message = CampusTexts.REQUIRED) Long org,
            @NotNull(message = CampusTexts.REQUIRED) Long person) {
    }

    /** A follow or a manager role as the original answered its creation. */
    record MembershipView(long id, long org, long person) {

        static MembershipView of(ClubMember member) {
            return new MembershipView(member.id(), member.clubPk(), member.accountId());
        }
    }

    record OrganizationEntry(OrganizationView org) {

        static OrganizationEntry of(ClubDetails details) {
            return new OrganizationEntry(OrganizationView.of(details));
        }
    }

    record PersonEntry(UserView person) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/campus/users/followed_organizations")
    @PreAuthorize("@access.account()")
    ResponseEntity<MembershipView> follow(@Valid @RequestBody MembershipRequest request, SuiteIdentity identity) {
        return ResponseEntity.status(HttpStatus.CREATED).body(MembershipView.of(
                memberships.follow(Caller.of(identity), request.org(), request.person())));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/campus/users/followed_organizations")
    @PreAuthorize("@access.account()")
    ResponseEntity<Void> unfollow(@RequestParam(required = false) String user,
            @RequestParam(required = false) String org, SuiteIdentity identity) {
        memberships.unfollow(Caller.of(identity), CampusLists.requiredId("org", org),
                CampusLists.requiredId("user", user));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/campus/users/followed_organizations/{userId:\\d+}")
    @PreAuthorize("@access.account()")
    @CampusList(OrganizationEntry.class)
    Object followed(@PathVariable long userId, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String offset, SuiteIdentity identity) {
        return CampusLists.answer(limit, offset, memberships.followedBy(Caller.of(identity), userId),
                OrganizationEntry::of);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/campus/organizations/managers")
    @PreAuthorize("@access.account()")
    ResponseEntity<MembershipView> addManager(@Valid @RequestBody MembershipRequest request,
            SuiteIdentity identity) {
        return ResponseEntity.status(HttpStatus.CREATED).body(MembershipView.of(
                memberships.addManager(Caller.of(identity), request.org(), request.person())));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/campus/organizations/managers")
    @PreAuthorize("@access.account()")
    ResponseEntity<Void> removeManager(@RequestParam(required = false) String user,
            @RequestParam(required = false) String org, SuiteIdentity identity) {
        memberships.removeManager(Caller.of(identity), CampusLists.requiredId("org", org),
                CampusLists.requiredId("user", user));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/campus/users/managed_organizations/{userId:\\d+}")
    @PreAuthorize("@access.account()")
    @CampusList(OrganizationEntry.class)
    Object managed(@PathVariable long userId, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String offset, SuiteIdentity identity) {
        return CampusLists.answer(limit, offset, memberships.managedBy(Caller.of(identity), userId),
                OrganizationEntry::of);
    }

    @GetMapping("/campus/organizations/managers/{organizationId:\\d+}")
    @PreAuthorize("@access.account()")
    @CampusList(PersonEntry.class)
    Object managers(@PathVariable long organizationId, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String offset) {
        return CampusLists.answer(limit, offset, memberships.managersOf(organizationId),
                user -> new PersonEntry(UserView.of(user)));
    }
}
