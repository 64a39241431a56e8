package com.communitysuite.clubroom.room;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.communitysuite.clubroom.people.AccountErased;
import com.communitysuite.clubroom.people.Caller;
import com.communitysuite.clubroom.people.KnownUsers;
import com.communitysuite.clubroom.people.UserSummary;
import com.communitysuite.platform.domain.NotAllowedException;

/**
 * Presence in rooms: members connect and leave, hosts move people between the audience and the speakers, and a room
 * whose last host leaves with no speaker to take over closes itself. The state is in PostgreSQL, so every replica
 * sees the same room; each change locks the room's row, and what connections are told goes out as
 * {@link RoomSignal}s after the commit. A connection not heard from within the heartbeat timeout counts as left.
 */
@Service
public class RoomLive {

    static final String NOT_HOST = "权限不足";

    private final RoomStore store;
    private final Rooms rooms;
    private final KnownUsers users;
    private final ApplicationEventPublisher signals;
    private final PresenceProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RoomLive(RoomStore store, Rooms rooms, KnownUsers users, ApplicationEventPublisher signals,
            PresenceProperties properties, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.rooms = rooms;
        this.users = users;
        this.signals = signals;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * A connection of the caller joins the room. The creator becomes host when no host is present; someone coming
     * back while still present (a second connection) keeps their role and the older connection is let go.
     *
     * @return the state the new connection starts from
     * @throws com.communitysuite.platform.domain.NotFoundException (400000) when the room is closed or missing, or
     *         the caller may not enter it
     */
    @Transactional
    public Map<String, Object> connect(Caller caller, String roomId, String connectionId) {
        users.noteCaller(caller);
        Room room = store.lock(roomId).filter(r -> !r.closed()).orElseThrow(Rooms::roomGone);
        if (!rooms.mayEnter(room, caller.accountId())) {
            throw Rooms.roomGone();
        }
        Instant now = clock.instant();
        Participant me = store.participantOrNew(room.id(), caller.accountId(), caller.uid());
        List<Participant> present = rooms.present(room.id(), now);
        boolean wasPresent = me.presentAt(now, properties.heartbeatTimeout());
        RoomRole role;
        if (wasPresent) {
            role = me.role();
            signals.publishEvent(RoomSignal.toConnection(roomId, me.connectionId(), Map.of("event", "kicked")));
        }
        else {
            boolean hostPresent = present.stream().anyMatch(p -> p.role() == RoomRole.HOST);
            role = room.createdBy(caller.accountId()) && !hostPresent ? RoomRole.HOST : RoomRole.AUDIENCE;
        }
        store.connect(room.id(), caller.accountId(), connectionId, role, now);
        Participant joined = store.participant(room.id(), caller.accountId()).orElseThrow();
        if (!wasPresent) {
            signals.publishEvent(RoomSignal.toRoom(roomId, Map.of("event", "join", "member", member(joined))));
        }
        return state(room, joined);
    }

    /** The connection was closed: its holder leaves the room (unless a newer connection of theirs holds it). */
    @Transactional
    public void disconnect(String roomId, long accountId, String connectionId) {
        Optional<Room> room = store.lock(roomId);
        if (room.isEmpty() || room.get().closed()) {
            return;
        }
        store.participant(room.get().id(), accountId)
                .filter(p -> p.connected() && connectionId.equals(p.connectionId()))
                .ifPresent(p -> leave(room.get(), p));
    }

    /** A sign of life from the connection; false when it no longer holds its presence (it should be closed). */
    @Transactional
    public boolean heartbeat(String connectionId) {
        return store.heartbeat(connectionId, clock.instant());
    }

    /**
     * Moves a participant to a role. A host may move anyone present to the audience and promote a speaker to host;
     * anyone may step down to the audience; an audience member becomes a speaker only when a host invited them.
     */
    @Transactional
    public void changeRole(Caller caller, String roomId, String targetUid, RoomRole role) {
        Room room = store.lock(roomId).filter(r -> !r.closed()).orElseThrow(Rooms::roomGone);
        List<Participant> present = rooms.present(room.id(), clock.instant());
        Participant me = presentOne(present, caller.accountId());
        Participant target = present.stream().filter(p -> p.uid().equals(targetUid)).findFirst()
                .orElseThrow(Rooms::roomGone);
        boolean self = target.accountId() == me.accountId();
        boolean host = me.role() == RoomRole.HOST;
        boolean anotherHost = present.stream()
                .anyMatch(p -> p.role() == RoomRole.HOST && p.accountId() != target.accountId());
        boolean allowed = switch (role) {
            case AUDIENCE, SPEAKER -> {
                if (target.role() == RoomRole.HOST && !anotherHost) {
                    // A present room always keeps a host: the last one hands over before stepping down.
                    yield false;
                }
                if (role == RoomRole.AUDIENCE) {
                    yield self || host;
                }
                yield self ? target.invitedToSpeak() || target.role() == RoomRole.HOST
                        : host && target.role() == RoomRole.HOST;
            }
            case HOST -> host && target.role() == RoomRole.SPEAKER;
        };
        if (!allowed) {
            throw new NotAllowedException("room.not-host", NOT_HOST);
        }
        store.role(room.id(), target.accountId(), role);
        signals.publishEvent(RoomSignal.toRoom(roomId, Map.of("event", "role", "uid", target.uid(),
                "role", role.code())));
    }

    /** An audience member raises their hand; the hosts are told. */
    @Transactional
    public void raiseHand(Caller caller, String roomId) {
        Room room = store.lock(roomId).filter(r -> !r.closed()).orElseThrow(Rooms::roomGone);
        Participant me = presentOne(rooms.present(room.id(), clock.instant()), caller.accountId());
        if (me.role() != RoomRole.AUDIENCE) {
            throw new NotAllowedException("room.not-audience", NOT_HOST);
        }
        store.handRaised(room.id(), me.accountId(), true);
        signals.publishEvent(RoomSignal.toRoom(roomId, Map.of("event", "invite", "action", "request",
                "uid", me.uid())));
    }

    /** A host invites an audience member to speak; they then may become a speaker. */
    @Transactional
    public void inviteToSpeak(Caller caller, String roomId, String targetUid) {
        Room room = store.lock(roomId).filter(r -> !r.closed()).orElseThrow(Rooms::roomGone);
        List<Participant> present = rooms.present(room.id(), clock.instant());
        Participant me = presentOne(present, caller.accountId());
        Participant target = present.stream().filter(p -> p.uid().equals(targetUid)).findFirst()
                .orElseThrow(Rooms::roomGone);
        if (me.role() != RoomRole.HOST || target.role() != RoomRole.AUDIENCE) {
            throw new NotAllowedException("room.not-host", NOT_HOST);
        }
        store.invitedToSpeak(room.id(), target.accountId());
        signals.publishEvent(RoomSignal.toRoom(roomId, Map.of("event", "invite", "action", "response",
                "uid", target.uid())));
    }

    /**
     * Connections not heard from within the timeout leave their rooms (whichever replica held them, even one that
     * stopped). Each room in its own transaction.
     */
    @Scheduled(fixedDelayString = "${club-room.presence.sweep-interval:10s}")
    public void leaveSilentConnections() {
        Instant cutoff = clock.instant().minus(properties.heartbeatTimeout());
        for (Long roomPk : store.roomsWithStaleConnections(cutoff)) {
            transactions.executeWithoutResult(status -> store.lock(roomPk).ifPresent(room -> {
                Instant now = clock.instant();
                for (Participant participant : store.participants(roomPk)) {
                    if (participant.connected() && !participant.presentAt(now, properties.heartbeatTimeout())
                            && !room.closed()) {
                        leave(room, participant);
                        room = store.lock(roomPk).orElseThrow();
                    }
                }
            }));
        }
    }

    /**
     * An account logged off: it leaves every room it is in (its connections are let go), and its invitations and
     * share snapshots are deleted. In the transaction that handles the log-off.
     */
    @EventListener
    void on(AccountErased erased) {
        for (String roomId : store.connectedRooms(erased.accountId())) {
            store.lock(roomId).ifPresent(room -> store.participant(room.id(), erased.accountId()).ifPresent(p -> {
                signals.publishEvent(RoomSignal.toConnection(roomId, p.connectionId(), Map.of("event", "kicked")));
                leave(room, p);
            }));
        }
        store.erase(erased.accountId());
    }

    /** The room's state, as a connection sees it: everyone present, with their roles. */
    @Transactional(readOnly = true)
    public Map<String, Object> state(Caller caller, String roomId) {
        Room room = store.find(roomId).filter(r -> !r.closed()).orElseThrow(Rooms::roomGone);
        Participant me = presentOne(rooms.present(room.id(), clock.instant()), caller.accountId());
        return state(room, me);
    }

    private void leave(Room room, Participant leaver) {
        store.disconnect(room.id(), leaver.accountId());
        signals.publishEvent(RoomSignal.toRoom(room.roomId(), Map.of("event", "leave", "uid", leaver.uid())));
        HostSuccession next = HostSuccession.after(leaver, rooms.present(room.id(), clock.instant()));
        next.promoted().ifPresent(speaker -> {
            store.role(room.id(), speaker.accountId(), RoomRole.HOST);
            signals.publishEvent(RoomSignal.toRoom(room.roomId(), Map.of("event", "role", "uid", speaker.uid(),
                    "role", RoomRole.HOST.code())));
        });
        if (next.closes()) {
            rooms.closeLocked(room, leaver.uid());
        }
    }

    private Map<String, Object> state(Room room, Participant me) {
        List<Participant> present = rooms.present(room.id(), clock.instant());
        Map<Long, UserSummary> profiles = users.byAccountIds(present.stream().map(Participant::accountId).toList());
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("event", "connected");
        state.put("roomId", room.roomId());
        state.put("you", member(me));
        state.put("memberList", present.stream().map(p -> {
            Map<String, Object> member = member(p);
            UserSummary profile = profiles.get(p.accountId());
            if (profile != null && profile.nickname() != null) {
                member.put("nickname", profile.nickname());
                member.put("avatar", profile.avatar());
            }
            return member;
        }).toList());
        state.put("memberTotal", present.size());
        return state;
    }

    private static Map<String, Object> member(Participant participant) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("uid", participant.uid());
        member.put("ruid", participant.ruid());
        member.put("role", participant.role().code());
        member.put("handRaised", participant.handRaised() ? 1 : 0);
        return member;
    }

    private static Participant presentOne(List<Participant> present, long accountId) {
        return present.stream().filter(p -> p.accountId() == accountId).findFirst().orElseThrow(Rooms::roomGone);
    }
}
