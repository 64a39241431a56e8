package com.communitysuite.clubroom.club;

import org.springframework.stereotype.Component;

import com.communitysuite.clubroom.events.ClubDeleted;
import com.communitysuite.clubroom.events.ClubManagerChanged;
import com.communitysuite.clubroom.events.ClubMembershipChanged;
import com.communitysuite.clubroom.events.ClubOwnerChanged;
import com.communitysuite.clubroom.events.ClubSaved;
import com.communitysuite.platform.events.DomainEvents;

/**
 * The changes of a club's members and roles, each written with its events in the caller's transaction. Callers hold
 * the club's row lock ({@link ClubRepository#lockById}), so one club's events are in the order of its changes.
 */
@Component
class ClubChanges {

    private final ClubRepository clubs;
    private final ClubMemberRepository members;
    private final DomainEvents events;

    ClubChanges(ClubRepository clubs, ClubMemberRepository members, DomainEvents events) {
        this.clubs = clubs;
        this.members = members;
        this.events = events;
    }

    /** An actor of a change: who caused it, or nobody for the system (an account's erasure). */
    record Actor(Long accountId, String uid) {

        static final Actor SYSTEM = new Actor(null, null);
    }

    /** A new club and its owner, its first member and manager. */
    void founded(Club club, ClubMember owner, Actor actor) {
        owner.makeManager();
        members.save(owner);
        saved(club, actor);
        events.publish(new ClubMembershipChanged(club.clubId(), club.id(), owner.accountId(), owner.uid(), true,
                actor.uid()));
        managerChanged(club, owner, true, actor);
    }

    void saved(Club club, Actor actor) {
        events.publish(new ClubSaved(club.clubId(), club.id(), club.name(), club.cover(), club.blockId(),
                club.ownerAccountId(), club.ownerUid(), club.memberTotal(), club.version(), actor.uid()));
    }

    ClubMember admit(Club club, ClubMember member, Actor actor) {
        members.save(member);
        club.memberJoined();
        events.publish(new ClubMembershipChanged(club.clubId(), club.id(), member.accountId(), member.uid(), true,
                actor.uid()));
        return member;
    }

    void remove(Club club, ClubMember member, Actor actor) {
        members.delete(member);
        club.memberLeft();
        events.publish(new ClubMembershipChanged(club.clubId(), club.id(), member.accountId(), member.uid(), false,
                actor.uid()));
        if (member.isManager()) {
            managerChanged(club, member, false, actor);
        }
    }

    void promote(Club club, ClubMember member, Actor actor) {
        if (member.makeManager()) {
            managerChanged(club, member, true, actor);
        }
    }

    void demote(Club club, ClubMember member, Actor actor) {
        if (member.stopManaging()) {
            managerChanged(club, member, false, actor);
        }
    }

    private void managerChanged(Club club, ClubMember member, boolean manager, Actor actor) {
        events.publish(new ClubManagerChanged(club.clubId(), club.id(), club.name(), member.accountId(), manager,
                club.isOwnedBy(member.accountId()), actor.accountId(), actor.uid()));
    }

    void ownerChanged(Club club, long previousOwner, Actor actor) {
        events.publish(new ClubOwnerChanged(club.clubId(), club.id(), club.name(), previousOwner,
                club.ownerAccountId(), club.ownerUid(), actor.uid()));
    }

    /** Deletes the club with its memberships; consumers drop what they hold of it on {@code club.deleted}. */
    void dissolve(Club club, Actor actor) {
        clubs.delete(club);
        events.publish(new ClubDeleted(club.clubId(), club.id(), club.name(), actor.uid()));
    }
}
