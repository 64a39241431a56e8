package com.communitysuite.clubroom.room;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.clubroom.agora.RtcTokens;
import com.communitysuite.clubroom.club.ClubDetails;
import com.communitysuite.clubroom.club.ClubMemberships;
import com.communitysuite.clubroom.club.Clubs;
import com.communitysuite.clubroom.events.RoomClosed;
import com.communitysuite.clubroom.events.RoomInvited;
import com.communitysuite.clubroom.people.Caller;
import com.communitysuite.clubroom.people.KnownUsers;
import com.communitysuite.clubroom.people.UserRelations;
import com.communitysuite.clubroom.people.UserRelations.Standing;
import com.communitysuite.clubroom.people.UserSummary;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.events.DomainEvents;

import tools.jackson.databind.ObjectMapper;

/**
 * The app's voice rooms: who may create, see and enter them, their Agora tokens, closing, share snapshots and
 * invitations. Presence (who is in a room, in which role) is {@link RoomLive}'s, in the same tables.
 */
@Service
public class Rooms {

    /** A room's views list at most this many of the people present, as the original. */
    public static final int MEMBER_LIST_SIZE = 6;
    static final String ROOM_GONE = "活动已解散";
    static final String BLOCKED = "无法加入此活动";
    static final String INVITED = "邀请成功";
    /** The original's admin uid may close any room. */
    static final String ADMIN_UID = "00000000000000000000000000000000";

    private final RoomStore store;
    private final Clubs clubs;
    private final ClubMemberships memberships;
    private final KnownUsers users;
    private final UserRelations relations;
    private final RtcTokens tokens;
    private final DomainEvents events;
    private final ApplicationEventPublisher signals;
    private final PresenceProperties presence;
    private final RoomProperties properties;
    private final ObjectMapper json;
    private final Clock clock;

    Rooms(RoomStore store, Clubs clubs, ClubMemberships memberships, KnownUsers users, UserRelations relations,
            RtcTokens tokens, DomainEvents events, ApplicationEventPublisher signals, PresenceProperties presence,
            RoomProperties properties, ObjectMapper json, Clock clock) {
        this.store = store;
        this.clubs = clubs;
        this.memberships = memberships;
        this.users = users;
        this.relations = relations;
        this.tokens = tokens;
        this.events = events;
        this.signals = signals;
        this.presence = presence;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Opens a room. Invite-only ignores the club; a club room needs the creator to be a member of the club (500000
     * otherwise, as the original); no club makes a public room.
     *
     * @param name null or blank for none; line breaks become spaces
     */
    @Transactional
    public RoomDetails create(Caller caller, String name, String clubId, boolean inviteOnly) {
        users.noteCaller(caller);
        String club = inviteOnly || clubId == null || clubId.isBlank() ? null : clubId;
        if (club != null && !memberships.isMember(club, caller.accountId())) {
            throw new NotFoundException("club.not-found", "圈子不存在");
        }
        Room room = store.insert(UUID.randomUUID().toString().replace("-", ""), cleanName(name), club, inviteOnly,
                caller.accountId(), caller.uid(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        return createdView(room, caller);
    }

    /** A new room as its creator sees it before anyone connected: its creator listed, nobody counted yet. */
    RoomDetails createdView(Room room, Caller caller) {
        UserSummary creator = users.find(caller.accountId())
                .orElse(new UserSummary(caller.accountId(), caller.uid(), null, null, null, null));
        Participant none = new Participant(room.id(), caller.accountId(), caller.uid(), 0, RoomRole.HOST, null, false,
                false, false, null, null, null, null);
        return new RoomDetails(room, clubOf(room, caller.accountId()),
                List.of(new RoomMember(none, creator, Standing.NONE, properties.allowsLive(caller.uid()))), 0);
    }

    /**
     * The room, for one who may enter it. 400000 when it is closed or missing, or when nobody is in it and the
     * viewer is not its creator (as the original).
     */
    @Transactional(readOnly = true)
    public RoomDetails room(Caller viewer, String roomId) {
        Room room = enterable(viewer, roomId);
        RoomDetails details = details(room, viewer.accountId());
        if (details.memberTotal() == 0 && !room.createdBy(viewer.accountId())) {
            throw roomGone();
        }
        return details;
    }

    /**
     * A page of the open rooms the caller may see, newest first: public ones, its clubs' and the invite-only ones it
     * created or was invited to. A room nobody is in is listed without its details unless the caller created it.
     */
    @Transactional(readOnly = true)
    public List<RoomEntry> visible(Caller caller, String lastId, int count) {
        List<Room> page;
        if (lastId == null) {
            page = store.visible(caller.accountId(), null, null, count);
        }
        else {
            RoomCursor after = RoomCursor.parse(lastId);
            page = store.visible(caller.accountId(), after.time(), after.roomId(), count);
        }
        List<RoomDetails> details = details(page, caller.accountId());
        List<RoomEntry> entries = new ArrayList<>();
        for (RoomDetails room : details) {
            boolean shown = room.memberTotal() > 0 || room.room().createdBy(caller.accountId());
            entries.add(new RoomEntry(room.room(), shown ? room : null,
                    RoomCursor.of(room.room().createdAt(), room.room().roomId())));
        }
        return entries;
    }

    /** An entry of the room list: the room, its details when shown, and its cursor. */
    public record RoomEntry(Room room, RoomDetails details, String sequenceId) {
    }

    /**
     * The caller's Agora token for the room's channel, for their own Agora uid there: a publisher's for a host or
     * speaker (and the creator, who becomes host), a subscriber's for the audience; after a role change the client
     * asks again. 400001 when a host present in the room has blocked the caller.
     */
    @Transactional
    public RoomToken token(Caller caller, String roomId) {
        Room room = enterable(caller, roomId);
        store.lock(room.id());
        Instant now = clock.instant();
        List<Participant> present = present(room.id(), now);
        for (Participant host : present) {
            if (host.role() == RoomRole.HOST && relations.hasBlocked(host.accountId(), caller.accountId())) {
                throw new ConflictException("room.blocked", BLOCKED);
            }
        }
        Participant me = store.participantOrNew(room.id(), caller.accountId(), caller.uid());
        RoomRole role = me.presentAt(now, presence.heartbeatTimeout()) ? me.role()
                : room.createdBy(caller.accountId()) ? RoomRole.HOST : RoomRole.AUDIENCE;
        return new RoomToken(room.roomId(), tokens.token(room.roomId(), me.ruid(), role.rtcRole()), me.ruid(), role);
    }

    /** @param ruid the caller's Agora uid in the channel, the one the token is for */
    public record RoomToken(String roomId, String token, int ruid, RoomRole role) {
    }

    /**
     * Closes the room: only a host present in it (or the original's admin uid) may; anyone else gets 400000, as the
     * original. Everyone connected is told and let go.
     */
    @Transactional
    public void close(Caller caller, String roomId) {
        Room room = store.lock(roomId).filter(r -> !r.closed()).orElseThrow(Rooms::roomGone);
        boolean host = present(room.id(), clock.instant()).stream()
                .anyMatch(p -> p.accountId() == caller.accountId() && p.role() == RoomRole.HOST);
        if (!host && !ADMIN_UID.equals(caller.uid())) {
            throw roomGone();
        }
        closeLocked(room, caller.uid());
    }

    /** Closes a room whose row the caller locked. */
    void closeLocked(Room room, String actorUid) {
        store.close(room.id(), clock.instant());
        events.publish(new RoomClosed(room.roomId(), room.name(), actorUid));
        signals.publishEvent(RoomSignal.toRoom(room.roomId(), Map.of("event", "close")));
    }

    /**
     * Takes a share snapshot of the room for the H5 page (closed rooms too, as the original), kept
     * {@link RoomProperties#snapshotValidity()}: the sharer, the club and who is present now. 400000 for no room.
     */
    @Transactional
    public String snapshot(Caller caller, String roomId) {
        Room room = store.find(roomId).orElseThrow(Rooms::roomGone);
        if (!room.closed() && !mayEnter(room, caller.accountId())) {
            throw roomGone();
        }
        users.noteCaller(caller);
        RoomDetails details = details(room, null);
        UserSummary sharer = users.find(caller.accountId())
                .orElse(new UserSummary(caller.accountId(), caller.uid(), null, null, null, null));
        String snapshotId = UUID.randomUUID().toString().replace("-", "");
        ClubDetails club = details.club();
        RoomSnapshot snapshot = new RoomSnapshot(room.closed() ? 1 : 0, room.clubId(),
                club == null ? null : new RoomSnapshot.Club(club.club().clubId(), 0, club.club().cover(),
                        club.club().createdAt().toEpochMilli(), 0, club.club().memberTotal(), club.club().name(),
                        club.club().ownerUid()),
                room.createdAt().toEpochMilli(), person(sharer, null),
                details.members().stream().map(m -> person(m.user(), 0)).toList(), details.memberTotal(),
                room.name(), snapshotId, room.roomId(), room.creatorUid());
        Instant now = clock.instant();
        store.saveSnapshot(snapshotId, room.id(), caller.accountId(), json.writeValueAsString(snapshot), now,
                now.plus(properties.snapshotValidity()));
        return snapshotId;
    }

    /** A share snapshot, with whether its room is closed now; 400000 when unknown or expired. */
    @Transactional(readOnly = true)
    public RoomSnapshot sharedSnapshot(String snapshotId) {
        RoomStore.StoredSnapshot stored = store.snapshot(snapshotId, clock.instant()).orElseThrow(Rooms::roomGone);
        return json.readValue(stored.content(), RoomSnapshot.class).withClosed(stored.roomClosed());
    }

    /**
     * Invites a user to the room. The inviter must be able to enter it. The invitation counts (the invitee may see
     * and enter the room, is told in their inbox and by push) only when the invitee had sent the inviter their card
     * and is not in the room already; the answer is "邀请成功" either way, as the original's.
     */
    @Transactional
    public String invite(Caller caller, String roomId, String inviteeUid) {
        Room room = enterable(caller, roomId);
        if (inviteeUid.equals(caller.uid())) {
            return INVITED;
        }
        UserSummary invitee = users.byUids(List.of(inviteeUid)).get(inviteeUid);
        if (invitee == null) {
            throw new NotFoundException("user.not-found", "用户不存在");
        }
        boolean present = present(room.id(), clock.instant()).stream()
                .anyMatch(p -> p.accountId() == invitee.accountId());
        if (!present && relations.hasSentCard(invitee.accountId(), caller.accountId())) {
            store.invite(room.id(), invitee.accountId(), clock.instant());
            String nickname = users.find(caller.accountId()).map(UserSummary::nickname).orElse(null);
            events.publish(new RoomInvited(room.roomId(), room.name(), caller.accountId(), caller.uid(), nickname,
                    invitee.accountId(), invitee.uid()));
        }
        return INVITED;
    }

    /** The room with who is present, as one who may not have taken part sees it (for a started event's view). */
    @Transactional(readOnly = true)
    public RoomDetails details(String roomId, Long viewer) {
        return details(store.find(roomId).orElseThrow(Rooms::roomGone), viewer);
    }

    /** The rooms among the ids that exist, by id, with who is present: for a page of started events at once. */
    @Transactional(readOnly = true)
    public Map<String, RoomDetails> detailsByRoomId(java.util.Collection<String> roomIds, Long viewer) {
        return details(store.findAll(roomIds), viewer).stream()
                .collect(Collectors.toMap(details -> details.room().roomId(), details -> details));
    }

    // --- shared with presence ---

    boolean mayEnter(Room room, long accountId) {
        boolean present = store.participant(room.id(), accountId)
                .map(p -> p.presentAt(clock.instant(), presence.heartbeatTimeout())).orElse(false);
        if (room.isPublic() || room.createdBy(accountId) || present) {
            return true;
        }
        boolean clubMember = room.clubId() != null && memberships.isMember(room.clubId(), accountId);
        return RoomAccess.mayEnter(room, accountId, clubMember, store.invited(room.id(), accountId), false);
    }

    List<Participant> present(long roomPk, Instant now) {
        return store.participants(roomPk).stream().filter(p -> p.presentAt(now, presence.heartbeatTimeout()))
                .toList();
    }

    static NotFoundException roomGone() {
        return new NotFoundException("room.not-found", ROOM_GONE);
    }

    private Room enterable(Caller caller, String roomId) {
        Room room = store.find(roomId).filter(r -> !r.closed()).orElseThrow(Rooms::roomGone);
        if (!mayEnter(room, caller.accountId())) {
            throw roomGone();
        }
        return room;
    }

    private RoomDetails details(Room room, Long viewer) {
        return details(List.of(room), viewer).get(0);
    }

    /** Rooms with their clubs and the people present: a few queries for the whole page, none per room. */
    private List<RoomDetails> details(List<Room> rooms, Long viewer) {
        if (rooms.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Set<String> clubIds = rooms.stream().map(Room::clubId).filter(id -> id != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, ClubDetails> clubsById = clubs.clubsByClubId(clubIds, viewer);
        Map<Long, List<Participant>> presentByRoom = store.participants(rooms.stream().map(Room::id).toList())
                .stream().filter(p -> p.presentAt(now, presence.heartbeatTimeout()))
                .collect(Collectors.groupingBy(Participant::roomPk));
        List<Participant> listed = presentByRoom.values().stream()
                .flatMap(present -> present.stream().limit(MEMBER_LIST_SIZE)).toList();
        List<Long> accountIds = listed.stream().map(Participant::accountId).distinct().toList();
        Map<Long, UserSummary> profiles = users.byAccountIds(accountIds);
        Map<Long, Standing> standings = viewer == null ? Map.of() : relations.standings(viewer, accountIds);
        return rooms.stream().map(room -> {
            List<Participant> present = presentByRoom.getOrDefault(room.id(), List.of());
            List<RoomMember> members = present.stream().limit(MEMBER_LIST_SIZE)
                    .map(p -> new RoomMember(p, profiles.getOrDefault(p.accountId(),
                            new UserSummary(p.accountId(), p.uid(), null, null, null, null)),
                            standings.getOrDefault(p.accountId(), Standing.NONE), properties.allowsLive(p.uid())))
                    .toList();
            return new RoomDetails(room, room.clubId() == null ? null : clubsById.get(room.clubId()), members,
                    present.size());
        }).toList();
    }

    private ClubDetails clubOf(Room room, long viewer) {
        return room.clubId() == null ? null : clubs.clubsByClubId(List.of(room.clubId()), viewer).get(room.clubId());
    }

    private static RoomSnapshot.Person person(UserSummary user, Integer blocked) {
        return new RoomSnapshot.Person(user.avatar(), user.bio(), user.nickname(), user.uid(), blocked);
    }

    private static String cleanName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return name.replaceAll("[\\r\\n]+", " ").strip();
    }
}
