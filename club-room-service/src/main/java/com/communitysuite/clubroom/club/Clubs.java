package com.communitysuite.clubroom.club;

import java.time.Clock;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.clubroom.block.BlockRemoved;
import com.communitysuite.clubroom.block.Blocks;
import com.communitysuite.clubroom.club.ClubChanges.Actor;
import com.communitysuite.clubroom.people.Caller;
import com.communitysuite.clubroom.people.KnownUsers;
import com.communitysuite.clubroom.people.UserSummary;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.domain.NotFoundException;

/**
 * Clubs and organizations as a whole: created in the app by any user or on campus by a super user (or by approving
 * an application), edited by their managers, handed to a new owner, deleted by their owner or a super user.
 */
@Service
public class Clubs {

    /** The app's 500000 text, and DRF's zh-hans texts for campus. */
    static final String CLUB_NOT_FOUND = "圈子不存在";
    public static final String NOT_FOUND = "未找到。";
    static final String ORGANIZATION_NAME_TAKEN = "具有 组织名称 的 organization 已存在。";
    /** DRF's text for a primary key that names nothing. */
    static final String NO_SUCH_OBJECT = "无效主键 “%s” - 对象不存在。";

    private final ClubRepository clubs;
    private final ClubMemberRepository members;
    private final ClubChanges changes;
    private final ClubDetailing detailing;
    private final KnownUsers users;
    private final Blocks blocks;
    private final Clock clock;

    Clubs(ClubRepository clubs, ClubMemberRepository members, ClubChanges changes, ClubDetailing detailing,
            KnownUsers users, Blocks blocks, Clock clock) {
        this.clubs = clubs;
        this.members = members;
        this.changes = changes;
        this.detailing = detailing;
        this.users = users;
        this.blocks = blocks;
        this.clock = clock;
    }

    /** A club an app user creates: they own it and are its first member and manager. */
    @Transactional
    public ClubDetails create(Caller caller, String name, String cover) {
        String cleanName = ClubName.normalise(name);
        if (cleanName.isEmpty()) {
            throw new InvalidInputException("club.name-blank", "name", ClubName.BLANK);
        }
        users.noteCaller(caller);
        Club club = clubs.save(Club.createdInApp(cleanName, cover, caller.accountId(), caller.uid(),
                clock.instant()));
        changes.founded(club, new ClubMember(club.id(), caller.accountId(), caller.uid(), clock.instant()),
                actor(caller));
        return detailing.of(club, caller.accountId());
    }

    /**
     * A campus organization of a block, owned (and managed) by the given user: created by a super user, or by a super
     * user approving an application.
     */
    @Transactional
    public ClubDetails createOrganization(Caller actor, OrganizationDraft draft) {
        if (blocks.find(draft.blockId()).isEmpty()) {
            throw new InvalidInputException("organization.block-unknown", "block",
                    NO_SUCH_OBJECT.formatted(draft.blockId()));
        }
        UserSummary owner = users.find(draft.ownerAccountId()).orElseThrow(() -> new InvalidInputException(
                "organization.owner-unknown", "owner", NO_SUCH_OBJECT.formatted(draft.ownerAccountId())));
        if (clubs.organizationNamed(draft.name(), -1)) {
            throw nameTaken();
        }
        Club club;
        try {
            club = clubs.saveAndFlush(Club.organization(draft.name(), draft.description(), draft.avatar(),
                    draft.blockId(), owner.accountId(), owner.uid(), clock.instant()));
        }
        catch (DataIntegrityViolationException e) {
            throw nameTaken();
        }
        changes.founded(club, new ClubMember(club.id(), owner.accountId(), owner.uid(), clock.instant()),
                actor(actor));
        return detailing.of(club, actor.accountId());
    }

    /** What a new organization is made of. */
    public record OrganizationDraft(String name, String description, String avatar, long blockId,
            long ownerAccountId) {
    }

    /** Whether an organization (a club of a block) has this name. */
    @Transactional(readOnly = true)
    public boolean organizationNamed(String name) {
        return clubs.organizationNamed(name, -1);
    }

    /** A club by its app id, with {@code joined} for the viewer. */
    @Transactional(readOnly = true)
    public ClubDetails club(String clubId, Caller viewer) {
        return detailing.of(clubs.findByClubId(clubId).orElseThrow(Clubs::clubNotFound), viewer.accountId());
    }

    /**
     * The clubs among the app ids that exist, by app id, with {@code joined} for the viewer (none when null): what
     * a page of rooms shows beside each room, looked up once for the page.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, ClubDetails> clubsByClubId(java.util.Collection<String> clubIds, Long viewer) {
        if (clubIds.isEmpty()) {
            return java.util.Map.of();
        }
        return detailing.of(clubs.findByClubIdIn(clubIds), viewer).stream()
                .collect(java.util.stream.Collectors.toMap(details -> details.club().clubId(), details -> details));
    }

    /** A club (organization) by its campus id. */
    @Transactional(readOnly = true)
    public ClubDetails organization(long id) {
        return detailing.of(clubs.findById(id).orElseThrow(Clubs::organizationNotFound), null);
    }

    /** Every club, in the order they were created (the original's primary-key order). */
    @Transactional(readOnly = true)
    public List<ClubDetails> organizations() {
        return detailing.of(clubs.findAllByOrderById(), null);
    }

    @Transactional(readOnly = true)
    public List<ClubDetails> organizationsOfBlock(long blockId) {
        return detailing.of(clubs.findByBlockIdOrderById(blockId), null);
    }

    /**
     * A campus edit by a manager (the owner is one) or a super user: the name, and the description and avatar where
     * given. An organization's new name must be free among organizations.
     */
    @Transactional
    public ClubDetails edit(Caller caller, long id, String name, String description, String avatar) {
        Club club = clubs.lockById(id).orElseThrow(Clubs::organizationNotFound);
        boolean manager = members.findByClubPkAndAccountId(id, caller.accountId()).map(ClubMember::isManager)
                .orElse(false);
        if (!manager && !caller.superUser()) {
            throw notAllowed();
        }
        if (club.isOrganization() && clubs.organizationNamed(name, id)) {
            throw nameTaken();
        }
        club.edit(name, description, avatar);
        try {
            clubs.flush();
        }
        catch (DataIntegrityViolationException e) {
            throw nameTaken();
        }
        changes.saved(club, actor(caller));
        return detailing.of(club, null);
    }

    /** Deleted by its owner or a super user, with its memberships and manager roles. */
    @Transactional
    public void delete(Caller caller, long id) {
        Club club = clubs.lockById(id).orElseThrow(Clubs::organizationNotFound);
        if (!club.isOwnedBy(caller.accountId()) && !caller.superUser()) {
            throw notAllowed();
        }
        changes.dissolve(club, actor(caller));
    }

    /**
     * The owner or a super user hands the club to another user, who becomes a member and a manager if they were not;
     * the previous owner stays a member and a manager.
     *
     * @return the new owner's account id
     */
    @Transactional
    public long transfer(Caller caller, long id, long newOwnerAccountId) {
        Club club = clubs.lockById(id).orElseThrow(Clubs::organizationNotFound);
        if (!club.isOwnedBy(caller.accountId()) && !caller.superUser()) {
            throw notAllowed();
        }
        UserSummary newOwner = users.find(newOwnerAccountId).orElseThrow(() -> new InvalidInputException(
                "organization.owner-unknown", "owner", NO_SUCH_OBJECT.formatted(newOwnerAccountId)));
        if (!club.isOwnedBy(newOwnerAccountId)) {
            handOver(club, newOwner, actor(caller));
        }
        return newOwnerAccountId;
    }

    /** Makes the user the owner of the locked club: a member and a manager too. */
    void handOver(Club club, UserSummary newOwner, Actor actor) {
        long previousOwner = club.ownerAccountId();
        club.transferTo(newOwner.accountId(), newOwner.uid());
        ClubMember membership = members.findByClubPkAndAccountId(club.id(), newOwner.accountId())
                .orElseGet(() -> changes.admit(club, new ClubMember(club.id(), newOwner.accountId(), newOwner.uid(),
                        clock.instant()), actor));
        changes.promote(club, membership, actor);
        changes.ownerChanged(club, previousOwner, actor);
        changes.saved(club, actor);
    }

    /** A block's organizations go before the block does, each announced as deleted. */
    @EventListener
    void on(BlockRemoved removed) {
        for (Club club : clubs.findByBlockIdOrderById(removed.blockId())) {
            clubs.lockById(club.id()).ifPresent(locked -> changes.dissolve(locked, new Actor(null,
                    removed.actorUid())));
        }
    }

    static Actor actor(Caller caller) {
        return new Actor(caller.accountId(), caller.uid());
    }

    static NotFoundException clubNotFound() {
        return new NotFoundException("club.not-found", CLUB_NOT_FOUND);
    }

    static NotFoundException organizationNotFound() {
        return new NotFoundException("organization.not-found", NOT_FOUND);
    }

    static NotAllowedException notAllowed() {
        return new NotAllowedException("club.not-allowed", Caller.NOT_ALLOWED);
    }

    private static InvalidInputException nameTaken() {
        return new InvalidInputException("organization.name-taken", "name", ORGANIZATION_NAME_TAKEN);
    }
}
