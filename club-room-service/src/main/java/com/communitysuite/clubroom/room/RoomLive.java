package com.communitysuite.clubroom.room;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.NotAllowedException;

/**
 * Presence in rooms: members connect and leave, hosts move people between the audience and the speakers, and a room
 * whose last host leaves with no speaker to take over closes itself. Hosts mute speakers, pin images and links and run
 * the live video stage; speakers show tools (an icon, an image, a link). The state is in PostgreSQL, so every replica
 * sees the same room; each change locks the room's row, and what connections are told goes out as
 * {@link RoomSignal}s after the commit. A connection not heard from within the heartbeat timeout counts as left.
 */
@Service
public class RoomLive {

    static final String NOT_HOST = "权限不足";
    static final String PINS_FULL = "钉住的内容已达上限";

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
        store.connect(room.id(), caller.accountId(), connectionId, role, now, wasPresent);
        Participant joined = store.participant(room.id(), caller.accountId()).orElseThrow();
        if (!wasPresent) {
            signals.publishEvent(RoomSignal.toRoom(roomId, Map.of("event", "join", "member", member(joined, now))));
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
        Room room = openLocked(roomId);
        List<Participant> present = rooms.present(room.id(), clock.instant());
        Participant me = presentOne(present, caller.accountId());
        Participant target = presentUid(present, targetUid);
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
        if (role == RoomRole.AUDIENCE) {
            // The audience shows nothing and is not on the live stage (as the original).
            dropShown(room, target);
            stepOffStage(room, target.uid(), me.uid());
        }
    }

    /** An audience member raises their hand; the hosts are told. */
    @Transactional
    public void raiseHand(Caller caller, String roomId) {
        Room room = openLocked(roomId);
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
        Room room = openLocked(roomId);
        List<Participant> present = rooms.present(room.id(), clock.instant());
        Participant me = presentOne(present, caller.accountId());
        Participant target = presentUid(present, targetUid);
        if (me.role() != RoomRole.HOST || target.role() != RoomRole.AUDIENCE) {
            throw new NotAllowedException("room.not-host", NOT_HOST);
        }
        store.invitedToSpeak(room.id(), target.accountId());
        signals.publishEvent(RoomSignal.toRoom(roomId, Map.of("event", "invite", "action", "response",
                "uid", target.uid())));
    }

    /**
     * A host tells a speaker or host present to turn their microphone off (their client does it; as in the original
     * nothing is kept: they may turn it on again themself).
     */
    @Transactional
    public void mute(Caller caller, String roomId, String targetUid) {
        Room room = openLocked(roomId);
        List<Participant> present = rooms.present(room.id(), clock.instant());
        Participant me = presentOne(present, caller.accountId());
        Participant target = presentUid(present, targetUid);
        RoomRights.mayMute(me, target);
        signals.publishEvent(RoomSignal.toRoom(roomId, message("mute", "uid", target.uid(), "by", me.uid())));
    }

    /**
     * A speaker or host shows the room an image or a link (in place of the one they showed) until they clear it, or
     * an icon for {@link PresenceProperties#iconLifetime()}.
     */
    @Transactional
    public void showTool(Caller caller, String roomId, ToolKind kind, String data) {
        Room room = openLocked(roomId);
        Instant now = clock.instant();
        Participant me = presentOne(rooms.present(room.id(), now), caller.accountId());
        RoomRights.mayShowTools(me);
        ShownTool shown = ShownTool.show(kind, data, now, properties.iconLifetime());
        store.show(room.id(), me.accountId(), shown);
        signals.publishEvent(RoomSignal.toRoom(roomId, message("tool", "action", kind.wireName(), "uid", me.uid(),
                "toolData", shown.data())));
    }

    /**
     * The caller takes down the image or link they show; given {@code expectedData}, only while it is still that one
     * (a late clear does not take down what replaced it, as the original). Nothing shown, nothing happens.
     */
    @Transactional
    public void clearTool(Caller caller, String roomId, String expectedData) {
        Room room = openLocked(roomId);
        Participant me = presentOne(rooms.present(room.id(), clock.instant()), caller.accountId());
        ShownTool tool = me.tool();
        if (tool == null || expectedData != null && !expectedData.equals(tool.data())) {
            return;
        }
        store.clearTool(room.id(), me.accountId());
        signals.publishEvent(cleared(roomId, me.uid(), tool));
    }

    /**
     * A host pins an image or a link for everyone (one pin per content; at most {@link Pin#MAX_PER_ROOM}). When it is
     * what the member {@code fromUid} shows, they stop showing it, as in the original.
     *
     * @param fromUid whose shown tool is pinned, or null; ignored when they are not present
     */
    @Transactional
    public void pin(Caller caller, String roomId, ToolKind kind, String data, String fromUid) {
        Room room = openLocked(roomId);
        Instant now = clock.instant();
        List<Participant> present = rooms.present(room.id(), now);
        Participant me = presentOne(present, caller.accountId());
        RoomRights.mayPin(me);
        Optional<Participant> from = present.stream().filter(p -> p.uid().equals(fromUid)).findFirst();
        Pin pin = Pin.of(kind, data, from.map(Participant::uid).orElse(null), me.uid(),
                now.truncatedTo(ChronoUnit.MILLIS));
        List<Pin> pins = store.pins(room.id());
        if (pins.stream().anyMatch(p -> p.pinId().equals(pin.pinId()))) {
            return;
        }
        if (pins.size() >= Pin.MAX_PER_ROOM) {
            throw new ConflictException("room.pins-full", PINS_FULL);
        }
        store.pin(room.id(), pin);
        signals.publishEvent(RoomSignal.toRoom(roomId, message("pin", "action", "add", "pin", pin(pin))));
        from.filter(p -> p.tool() != null && p.tool().kind() == kind && p.tool().data().equals(data)).ifPresent(p -> {
            store.clearTool(room.id(), p.accountId());
            signals.publishEvent(cleared(roomId, p.uid(), p.tool()));
        });
    }

    /** A host takes a pin down; an unknown pin changes nothing. */
    @Transactional
    public void unpin(Caller caller, String roomId, String pinId) {
        Room room = openLocked(roomId);
        Participant me = presentOne(rooms.present(room.id(), clock.instant()), caller.accountId());
        RoomRights.mayPin(me);
        if (store.unpin(room.id(), pinId)) {
            signals.publishEvent(RoomSignal.toRoom(roomId, message("pin", "action", "remove", "pinId", pinId,
                    "by", me.uid())));
        }
    }

    /** Opens, closes, goes up on or comes down from the room's live stage, by {@link LiveStage}'s rules. */
    @Transactional
    public void live(Caller caller, String roomId, LiveStage.Action action) {
        Room room = openLocked(roomId);
        Participant me = presentOne(rooms.present(room.id(), clock.instant()), caller.accountId());
        LiveStage before = store.liveStage(room.id());
        LiveStage after = before.after(action, me);
        store.liveStage(room.id(), after);
        String onStage = switch (action) {
            case UP -> after.uid();
            case DOWN -> before.uid();
            case OPEN, CLOSE -> null;
        };
        signals.publishEvent(RoomSignal.toRoom(roomId, message("live", "action", action.wireName(), "uid", onStage,
                "by", me.uid())));
    }

    /**
     * Icons whose time is up are taken down and the room is told (whichever replica sweeps first; each room in its
     * own transaction). Reads leave them out already before this runs.
     */
    @Scheduled(fixedDelayString = "${club-room.presence.icon-sweep-interval:1s}")
    public void clearExpiredIcons() {
        for (Long roomPk : store.roomsWithExpiredIcons(clock.instant())) {
            transactions.executeWithoutResult(status -> store.lock(roomPk).ifPresent(room -> {
                Instant now = clock.instant();
                for (Participant participant : store.participants(roomPk)) {
                    if (participant.icon() != null && !participant.icon().shownAt(now)) {
                        store.clearIcon(roomPk, participant.accountId());
                        signals.publishEvent(cleared(room.roomId(), participant.uid(), participant.icon()));
                    }
                }
            }));
        }
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

    /** The room's state, as a connection sees it: everyone present with their roles, the pins and the live stage. */
    @Transactional(readOnly = true)
    public Map<String, Object> state(Caller caller, String roomId) {
        Room room = store.find(roomId).filter(r -> !r.closed()).orElseThrow(Rooms::roomGone);
        Participant me = presentOne(rooms.present(room.id(), clock.instant()), caller.accountId());
        return state(room, me);
    }

    private void leave(Room room, Participant leaver) {
        store.disconnect(room.id(), leaver.accountId());
        signals.publishEvent(RoomSignal.toRoom(room.roomId(), Map.of("event", "leave", "uid", leaver.uid())));
        stepOffStage(room, leaver.uid(), leaver.uid());
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

    /** The member's image or link and icon are taken down, and the room told. */
    private void dropShown(Room room, Participant member) {
        if (member.tool() != null) {
            store.clearTool(room.id(), member.accountId());
            signals.publishEvent(cleared(room.roomId(), member.uid(), member.tool()));
        }
        if (member.icon() != null) {
            store.clearIcon(room.id(), member.accountId());
            signals.publishEvent(cleared(room.roomId(), member.uid(), member.icon()));
        }
    }

    /** The member, if up on the live stage, comes down; {@code byUid} is who made it happen. */
    private void stepOffStage(Room room, String memberUid, String byUid) {
        store.liveStage(room.id()).without(memberUid).ifPresent(down -> {
            store.liveStage(room.id(), down);
            signals.publishEvent(RoomSignal.toRoom(room.roomId(), message("live", "action", "down", "uid", memberUid,
                    "by", byUid)));
        });
    }

    private Map<String, Object> state(Room room, Participant me) {
        Instant now = clock.instant();
        List<Participant> present = rooms.present(room.id(), now);
        Map<Long, UserSummary> profiles = users.byAccountIds(present.stream().map(Participant::accountId).toList());
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("event", "connected");
        state.put("roomId", room.roomId());
        state.put("you", member(me, now));
        state.put("memberList", present.stream().map(p -> {
            Map<String, Object> member = member(p, now);
            UserSummary profile = profiles.get(p.accountId());
            if (profile != null && profile.nickname() != null) {
                member.put("nickname", profile.nickname());
                member.put("avatar", profile.avatar());
            }
            return member;
        }).toList());
        state.put("memberTotal", present.size());
        state.put("pinList", store.pins(room.id()).stream().map(RoomLive::pin).toList());
        state.put("live", live(store.liveStage(room.id())));
        return state;
    }

    private static Map<String, Object> member(Participant participant, Instant now) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("uid", participant.uid());
        member.put("ruid", participant.ruid());
        member.put("role", participant.role().code());
        member.put("handRaised", participant.handRaised() ? 1 : 0);
        if (participant.tool() != null) {
            member.put("tool", participant.tool().kind().wireName());
            member.put("toolData", participant.tool().data());
        }
        if (participant.icon() != null && participant.icon().shownAt(now)) {
            member.put("icon", participant.icon().data());
        }
        return member;
    }

    private static Map<String, Object> pin(Pin pin) {
        return fields("pinId", pin.pinId(), "tool", pin.kind().wireName(), "toolData", pin.data(),
                "uid", pin.fromUid(), "by", pin.pinnedBy(), "createTime", pin.pinnedAt().toEpochMilli());
    }

    /** The live stage as connections see it: null while closed. */
    private static Map<String, Object> live(LiveStage stage) {
        return stage.status() == LiveStage.Status.CLOSED ? null
                : fields("action", stage.status().wireName(), "uid", stage.uid());
    }

    private static RoomSignal cleared(String roomId, String uid, ShownTool taken) {
        return RoomSignal.toRoom(roomId, message("tool", "action", "clear", "uid", uid, "tool",
                taken.kind().wireName(), "toolData", taken.data()));
    }

    /** A message of the event with the named values, in order; null values are left out. */
    private static Map<String, Object> message(String event, Object... namesAndValues) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("event", event);
        message.putAll(fields(namesAndValues));
        return message;
    }

    /** The named values that are not null, in order. */
    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return fields;
    }

    private Room openLocked(String roomId) {
        return store.lock(roomId).filter(r -> !r.closed()).orElseThrow(Rooms::roomGone);
    }

    private static Participant presentUid(List<Participant> present, String uid) {
        return present.stream().filter(p -> p.uid().equals(uid)).findFirst().orElseThrow(Rooms::roomGone);
    }

    private static Participant presentOne(List<Participant> present, long accountId) {
        return present.stream().filter(p -> p.accountId() == accountId).findFirst().orElseThrow(Rooms::roomGone);
    }
}
