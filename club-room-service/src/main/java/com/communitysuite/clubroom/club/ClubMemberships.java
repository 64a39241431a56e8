package com.communitysuite.clubroom.club;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.clubroom.club.ClubChanges.Actor;
import com.communitysuite.clubroom.club.Club.Departure;
import com.communitysuite.clubroom.people.AccountErased;
import com.communitysuite.clubroom.people.Caller;
import com.communitysuite.clubroom.people.KnownUsers;
import com.communitysuite.clubroom.people.UserRelations;
import com.communitysuite.clubroom.people.UserRelations.Standing;
import com.communitysuite.clubroom.people.UserSummary;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotFoundException;

/**
 * Who belongs to a club and who manages it. Joining a club (app) and following an organization (campus) are the same
 * membership; managers are members with the manager role, and the owner is always both. Every change locks the club's
 * row, so the club's member count and its events follow the changes in order.
 */
@Service
public class ClubMemberships {

    static final String OWNER_CANNOT_LEAVE = "创建人暂时无法退出圈子";
    static final String ALREADY_FOLLOWING = "已关注该组织。";
    static final String ALREADY_MANAGER = "该用户已是此组织管理员。";
    static final String OWNER_STAYS_MANAGER = "负责人始终是组织的管理员。";
    static final String USER_NOT_FOUND = "未找到用户";
    static final String ORGANIZATION_NOT_FOUND = "未找到组织";

    private final ClubRepository clubs;
    private final ClubMemberRepository members;
    private final ClubChanges changes;
    private final ClubDetailing detailing;
    private final Clubs clubService;
    private final KnownUsers users;
    private final UserRelations relations;
    private final Clock clock;

    ClubMemberships(ClubRepository clubs, ClubMemberRepository members, ClubChanges changes,
            ClubDetailing detailing, Clubs clubService, KnownUsers users, UserRelations relations, Clock clock) {
        this.clubs = clubs;
        this.members = members;
        this.changes = changes;
        this.detailing = detailing;
        this.clubService = clubService;
        this.users = users;
        this.relations = relations;
        this.clock = clock;
    }

    /** Whether the account is a member of the club (by its app id): what a club's rooms ask before letting one in. */
    @Transactional(readOnly = true)
    public boolean isMember(String clubId, long accountId) {
        return clubs.findByClubId(clubId).map(club -> members.existsByClubPkAndAccountId(club.id(), accountId))
                .orElse(false);
    }

    // --- the app ---

    /** Joins the club; joining one already joined changes nothing, as the original. */
    @Transactional
    public ClubDetails join(Caller caller, String clubId) {
        users.noteCaller(caller);
        Club club = clubs.lockByClubId(clubId).orElseThrow(Clubs::clubNotFound);
        if (!members.existsByClubPkAndAccountId(club.id(), caller.accountId())) {
            admit(club, caller.accountId(), caller.uid(), Clubs.actor(caller));
        }
        return detailing.of(club, caller.accountId());
    }

    /**
     * Leaves the club. Not a member: the club is "not found" to them (500000), as the original. The owner may not
     * leave, unless they are the only member of a club created in the app, which is then dissolved.
     */
    @Transactional
    public void leave(Caller caller, String clubId) {
        Club club = clubs.lockByClubId(clubId).orElseThrow(Clubs::clubNotFound);
        ClubMember membership = members.findByClubPkAndAccountId(club.id(), caller.accountId())
                .orElseThrow(Clubs::clubNotFound);
        depart(club, membership, Clubs.actor(caller));
    }

    /** A page of the clubs the caller joined, newest join first. */
    @Transactional(readOnly = true)
    public List<JoinedClub> joinedClubs(Caller caller, String lastId, int count) {
        List<ClubMember> page;
        if (lastId == null) {
            page = members.findByAccountIdOrderByJoinedAtDescClubPkDesc(caller.accountId(), Limit.of(count));
        }
        else {
            SequenceId after = SequenceId.parse(lastId);
            long clubPk = clubs.findByClubId(after.id()).map(Club::id).orElse(Long.MAX_VALUE);
            page = members.joinedBefore(caller.accountId(), after.time(), clubPk, Limit.of(count));
        }
        Map<Long, Club> byPk = clubsById(page.stream().map(ClubMember::clubPk).toList());
        List<ClubMember> present = page.stream().filter(m -> byPk.containsKey(m.clubPk())).toList();
        List<ClubDetails> details = detailing.of(present.stream().map(m -> byPk.get(m.clubPk())).toList(),
                caller.accountId());
        return IntStream.range(0, present.size())
                .mapToObj(i -> new JoinedClub(details.get(i), present.get(i).joinedAt(),
                        SequenceId.of(present.get(i).joinedAt(), details.get(i).club().clubId()).text()))
                .toList();
    }

    /** An entry of the caller's clubs: the club, when they joined it and the entry's cursor. */
    public record JoinedClub(ClubDetails club, Instant joinedAt, String sequenceId) {
    }

    /** A page of the club's members, newest join first, with how the viewer stands to each. */
    @Transactional(readOnly = true)
    public List<MemberPageEntry> members(Caller viewer, String clubId, String lastId, int count) {
        Club club = clubs.findByClubId(clubId).orElseThrow(Clubs::clubNotFound);
        List<ClubMember> page;
        if (lastId == null) {
            page = members.findByClubPkOrderByJoinedAtDescUidDesc(club.id(), Limit.of(count));
        }
        else {
            SequenceId after = SequenceId.parse(lastId);
            page = members.membersBefore(club.id(), after.time(), after.id(), Limit.of(count));
        }
        List<Long> accountIds = page.stream().map(ClubMember::accountId).toList();
        Map<Long, UserSummary> profiles = users.byAccountIds(accountIds);
        Map<Long, Standing> standings = relations.standings(viewer.accountId(), accountIds);
        return page.stream().map(m -> new MemberPageEntry(new MemberEntry(m, profiles.get(m.accountId()),
                standings.getOrDefault(m.accountId(), Standing.NONE)),
                SequenceId.of(m.joinedAt(), m.uid()).text())).toList();
    }

    /** An entry of a club's members and its cursor. */
    public record MemberPageEntry(MemberEntry member, String sequenceId) {
    }

    // --- campus ---

    /**
     * The user follows the organization (joins the club): the user themself or a super user for them. Following
     * twice is refused, as the original's serializer did.
     */
    @Transactional
    public ClubMember follow(Caller caller, long organizationId, long personId) {
        caller.requireSelfOrSuperUser(personId);
        if (caller.is(personId)) {
            users.noteCaller(caller);
        }
        Club club = clubs.lockById(organizationId).orElseThrow(() -> noSuchObject("org", organizationId));
        UserSummary person = users.find(personId).orElseThrow(() -> noSuchObject("person", personId));
        if (members.existsByClubPkAndAccountId(club.id(), personId)) {
            throw new InvalidInputException("organization.already-followed", "non_field_errors", ALREADY_FOLLOWING);
        }
        return admit(club, person.accountId(), person.uid(), Clubs.actor(caller));
    }

    /**
     * The user stops following the organization (leaves the club, and with it any manager role): the user themself
     * or a super user. Nothing to undo is no error, as the original; the owner may not leave (see {@link #leave}).
     */
    @Transactional
    public void unfollow(Caller caller, long organizationId, long userId) {
        caller.requireSelfOrSuperUser(userId);
        Optional<Club> club = clubs.lockById(organizationId);
        if (club.isEmpty()) {
            return;
        }
        Optional<ClubMember> membership = members.findByClubPkAndAccountId(organizationId, userId);
        if (membership.isPresent()) {
            depart(club.get(), membership.get(), Clubs.actor(caller));
        }
    }

    /** The owner or a super user makes a user a manager; one who is not yet a member joins the club with it. */
    @Transactional
    public ClubMember addManager(Caller caller, long organizationId, long personId) {
        Club club = clubs.lockById(organizationId).orElseThrow(() -> noSuchObject("org", organizationId));
        if (!club.isOwnedBy(caller.accountId()) && !caller.superUser()) {
            throw Clubs.notAllowed();
        }
        UserSummary person = users.find(personId).orElseThrow(() -> noSuchObject("person", personId));
        Actor actor = Clubs.actor(caller);
        ClubMember membership = members.findByClubPkAndAccountId(club.id(), personId)
                .orElseGet(() -> admit(club, person.accountId(), person.uid(), actor));
        if (membership.isManager()) {
            throw new InvalidInputException("organization.already-manager", "non_field_errors", ALREADY_MANAGER);
        }
        changes.promote(club, membership, actor);
        return membership;
    }

    /**
     * The owner or a super user takes a user's manager role away (they stay a member). The owner's own role cannot
     * be taken: the owner is always a manager. Nothing to undo is no error.
     */
    @Transactional
    public void removeManager(Caller caller, long organizationId, long userId) {
        Club club = clubs.lockById(organizationId).orElseThrow(Clubs::organizationNotFound);
        if (!club.isOwnedBy(caller.accountId()) && !caller.superUser()) {
            throw Clubs.notAllowed();
        }
        if (club.isOwnedBy(userId)) {
            throw new ConflictException("organization.owner-stays-manager", OWNER_STAYS_MANAGER);
        }
        members.findByClubPkAndAccountId(club.id(), userId)
                .ifPresent(membership -> changes.demote(club, membership, Clubs.actor(caller)));
    }

    /** How the user stands to the organization; asked by the user themself or a super user. */
    @Transactional(readOnly = true)
    public Relation relation(Caller caller, long userId, long organizationId) {
        caller.requireSelfOrSuperUser(userId);
        if (users.find(userId).isEmpty() && !caller.is(userId)) {
            throw new NotFoundException("user.not-found", USER_NOT_FOUND);
        }
        Club club = clubs.findById(organizationId)
                .orElseThrow(() -> new NotFoundException("organization.not-found", ORGANIZATION_NOT_FOUND));
        Optional<ClubMember> membership = members.findByClubPkAndAccountId(club.id(), userId);
        return new Relation(membership.isPresent(), club.isOwnedBy(userId),
                membership.map(ClubMember::isManager).orElse(false));
    }

    public record Relation(boolean follower, boolean owner, boolean manager) {
    }

    /** The organizations the user follows (is a member of), in the order they followed. */
    @Transactional(readOnly = true)
    public List<ClubDetails> followedBy(Caller caller, long userId) {
        caller.requireSelfOrSuperUser(userId);
        return clubsOf(members.findByAccountIdOrderById(userId));
    }

    /** The organizations the user manages (the ones they own included). */
    @Transactional(readOnly = true)
    public List<ClubDetails> managedBy(Caller caller, long userId) {
        caller.requireSelfOrSuperUser(userId);
        return clubsOf(members.findByAccountIdAndManagerTrueOrderById(userId));
    }

    /** The organization's managers (its owner among them); none for an organization that does not exist. */
    @Transactional(readOnly = true)
    public List<UserSummary> managersOf(long organizationId) {
        List<ClubMember> managers = members.findByClubPkAndManagerTrueOrderById(organizationId);
        Map<Long, UserSummary> known = users.byAccountIds(managers.stream().map(ClubMember::accountId).toList());
        return managers.stream().map(m -> known.getOrDefault(m.accountId(),
                new UserSummary(m.accountId(), m.uid(), null, null, null, null))).toList();
    }

    // --- erasure ---

    /**
     * An account logged off: its memberships end, and each club it owned passes to its longest-standing manager, else
     * its longest-standing member; a club with nobody else is deleted.
     */
    @EventListener
    void on(AccountErased erased) {
        for (Club owned : clubs.findByOwnerAccountIdOrderById(erased.accountId())) {
            clubs.lockById(owned.id()).ifPresent(club -> {
                List<ClubMember> others = members.findByClubPkOrderByJoinedAtAscIdAsc(club.id()).stream()
                        .filter(m -> m.accountId() != erased.accountId()).toList();
                Optional<ClubMember> heir = others.stream().filter(ClubMember::isManager).findFirst()
                        .or(() -> others.stream().findFirst());
                if (heir.isEmpty()) {
                    changes.dissolve(club, Actor.SYSTEM);
                    return;
                }
                ClubMember next = heir.get();
                clubService.handOver(club, users.find(next.accountId()).orElse(
                        new UserSummary(next.accountId(), next.uid(), null, null, null, null)), Actor.SYSTEM);
            });
        }
        for (ClubMember membership : members.findByAccountIdOrderById(erased.accountId())) {
            clubs.lockById(membership.clubPk()).ifPresent(club -> {
                changes.remove(club, membership, Actor.SYSTEM);
                changes.saved(club, Actor.SYSTEM);
            });
        }
    }

    private ClubMember admit(Club club, long accountId, String uid, Actor actor) {
        ClubMember member = changes.admit(club, new ClubMember(club.id(), accountId, uid, clock.instant()), actor);
        changes.saved(club, actor);
        return member;
    }

    private void depart(Club club, ClubMember membership, Actor actor) {
        Departure departure = club.departureOf(membership.accountId());
        switch (departure) {
            case LEAVES -> {
                changes.remove(club, membership, actor);
                changes.saved(club, actor);
            }
            case DISSOLVES -> changes.dissolve(club, actor);
            case REFUSED -> throw new ConflictException("club.owner-cannot-leave", OWNER_CANNOT_LEAVE);
        }
    }

    private List<ClubDetails> clubsOf(List<ClubMember> memberships) {
        Map<Long, Club> byPk = clubsById(memberships.stream().map(ClubMember::clubPk).toList());
        return detailing.of(memberships.stream().map(m -> byPk.get(m.clubPk())).filter(Objects::nonNull).toList(),
                null);
    }

    private Map<Long, Club> clubsById(List<Long> pks) {
        return clubs.findAllById(pks).stream().collect(Collectors.toMap(Club::id, Function.identity()));
    }

    private static InvalidInputException noSuchObject(String field, long id) {
        return new InvalidInputException("organization." + field + "-unknown", field,
                Clubs.NO_SUCH_OBJECT.formatted(id));
    }
}
