package com.communitysuite.clubroom.room;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Rooms, their invitations and their participants, in this service's database (shared by every replica). */
@Repository
class RoomStore {

    private static final RowMapper<Room> ROOM = (rs, n) -> new Room(rs.getLong("id"), rs.getString("room_id"),
            rs.getString("name"), rs.getString("club_id"), rs.getBoolean("invite_only"),
            rs.getLong("creator_account_id"), rs.getString("creator_uid"), rs.getBoolean("closed"),
            rs.getTimestamp("created_at").toInstant());

    private static final RowMapper<Participant> PARTICIPANT = (rs, n) -> new Participant(rs.getLong("room_pk"),
            rs.getLong("account_id"), rs.getString("uid"), rs.getInt("ruid"), RoomRole.of(rs.getInt("role")),
            rs.getString("connection_id"), rs.getBoolean("connected"), rs.getBoolean("hand_raised"),
            rs.getBoolean("invited_to_speak"), instant(rs, "joined_at"), instant(rs, "last_seen_at"), tool(rs),
            icon(rs));

    private static final RowMapper<Pin> PIN = (rs, n) -> new Pin(rs.getString("pin_id"),
            ToolKind.named(rs.getString("tool")).orElseThrow(), rs.getString("tool_data"), rs.getString("from_uid"),
            rs.getString("pinned_by"), rs.getTimestamp("pinned_at").toInstant());

    /** What a participant shows, all gone. */
    private static final String NOTHING_SHOWN = "tool = NULL, tool_data = NULL, icon = NULL, icon_expires_at = NULL";

    private final NamedParameterJdbcTemplate jdbc;

    RoomStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Room insert(String roomId, String name, String clubId, boolean inviteOnly, long creatorAccountId,
            String creatorUid, Instant now) {
        Long id = jdbc.queryForObject("INSERT INTO room (room_id, name, club_id, invite_only, creator_account_id,"
                + " creator_uid, created_at) VALUES (:roomId, :name, :clubId, :inviteOnly, :creator, :creatorUid, :now)"
                + " RETURNING id", new MapSqlParameterSource("roomId", roomId).addValue("name", name)
                        .addValue("clubId", clubId).addValue("inviteOnly", inviteOnly)
                        .addValue("creator", creatorAccountId).addValue("creatorUid", creatorUid)
                        .addValue("now", Timestamp.from(now)), Long.class);
        return new Room(id, roomId, name, clubId, inviteOnly, creatorAccountId, creatorUid, false, now);
    }

    Optional<Room> find(String roomId) {
        return jdbc.query("SELECT * FROM room WHERE room_id = :roomId", new MapSqlParameterSource("roomId", roomId),
                ROOM).stream().findFirst();
    }

    List<Room> findAll(java.util.Collection<String> roomIds) {
        if (roomIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT * FROM room WHERE room_id IN (:roomIds)",
                new MapSqlParameterSource("roomIds", roomIds), ROOM);
    }

    /** Changes to a room's presence serialise on its row, on whichever replica they happen. */
    Optional<Room> lock(String roomId) {
        return jdbc.query("SELECT * FROM room WHERE room_id = :roomId FOR UPDATE",
                new MapSqlParameterSource("roomId", roomId), ROOM).stream().findFirst();
    }

    Optional<Room> lock(long roomPk) {
        return jdbc.query("SELECT * FROM room WHERE id = :id FOR UPDATE", new MapSqlParameterSource("id", roomPk),
                ROOM).stream().findFirst();
    }

    void close(long roomPk, Instant now) {
        jdbc.update("UPDATE room SET closed = TRUE, closed_at = :now WHERE id = :id",
                new MapSqlParameterSource("id", roomPk).addValue("now", Timestamp.from(now)));
        jdbc.update("UPDATE room_participant SET connected = FALSE, " + NOTHING_SHOWN + " WHERE room_pk = :id",
                new MapSqlParameterSource("id", roomPk));
        // As the original deleted the room's pin and live keys.
        jdbc.update("DELETE FROM room_pin WHERE room_pk = :id", new MapSqlParameterSource("id", roomPk));
        jdbc.update("UPDATE room SET live_stage = NULL, live_uid = NULL WHERE id = :id",
                new MapSqlParameterSource("id", roomPk));
    }

    /**
     * A page of the open rooms the account may see, newest first: public ones, its clubs' ones, and invite-only ones
     * it created or was invited to.
     */
    List<Room> visible(long accountId, Instant beforeTime, String beforeRoomId, int count) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("me", accountId).addValue("count", count);
        String after = "";
        if (beforeTime != null) {
            after = " AND (r.created_at, r.room_id) < (:beforeTime, :beforeRoomId)";
            parameters.addValue("beforeTime", Timestamp.from(beforeTime)).addValue("beforeRoomId", beforeRoomId);
        }
        return jdbc.query("SELECT r.* FROM room r WHERE NOT r.closed AND ("
                + " (r.club_id IS NULL AND NOT r.invite_only)"
                + " OR (r.club_id IS NOT NULL AND EXISTS (SELECT 1 FROM club c JOIN club_member m ON m.club_pk = c.id"
                + "     WHERE c.club_id = r.club_id AND m.account_id = :me))"
                + " OR (r.invite_only AND (r.creator_account_id = :me"
                + "     OR EXISTS (SELECT 1 FROM room_invite i WHERE i.room_pk = r.id AND i.account_id = :me))))"
                + after + " ORDER BY r.created_at DESC, r.room_id DESC LIMIT :count", parameters, ROOM);
    }

    void invite(long roomPk, long accountId, Instant now) {
        jdbc.update("INSERT INTO room_invite (room_pk, account_id, invited_at) VALUES (:room, :account, :now)"
                + " ON CONFLICT DO NOTHING", new MapSqlParameterSource("room", roomPk).addValue("account", accountId)
                        .addValue("now", Timestamp.from(now)));
    }

    boolean invited(long roomPk, long accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM room_invite"
                + " WHERE room_pk = :room AND account_id = :account)",
                new MapSqlParameterSource("room", roomPk).addValue("account", accountId), Boolean.class));
    }

    // --- participants ---

    List<Participant> participants(long roomPk) {
        return jdbc.query("SELECT * FROM room_participant WHERE room_pk = :room ORDER BY joined_at NULLS LAST, ruid",
                new MapSqlParameterSource("room", roomPk), PARTICIPANT);
    }

    List<Participant> participants(List<Long> roomPks) {
        if (roomPks.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT * FROM room_participant WHERE room_pk IN (:rooms) AND connected"
                + " ORDER BY joined_at, ruid", new MapSqlParameterSource("rooms", roomPks), PARTICIPANT);
    }

    Optional<Participant> participant(long roomPk, long accountId) {
        return jdbc.query("SELECT * FROM room_participant WHERE room_pk = :room AND account_id = :account",
                new MapSqlParameterSource("room", roomPk).addValue("account", accountId), PARTICIPANT).stream()
                .findFirst();
    }

    /** The participant, with the next Agora uid of the room when they are new; the room's row must be locked. */
    Participant participantOrNew(long roomPk, long accountId, String uid) {
        Optional<Participant> known = participant(roomPk, accountId);
        if (known.isPresent()) {
            return known.get();
        }
        Integer ruid = jdbc.queryForObject("UPDATE room SET last_ruid = last_ruid + 1 WHERE id = :room"
                + " RETURNING last_ruid", new MapSqlParameterSource("room", roomPk), Integer.class);
        jdbc.update("INSERT INTO room_participant (room_pk, account_id, uid, ruid) VALUES (:room, :account, :uid, :ruid)",
                new MapSqlParameterSource("room", roomPk).addValue("account", accountId).addValue("uid", uid)
                        .addValue("ruid", ruid));
        return participant(roomPk, accountId).orElseThrow();
    }

    /** @param takingOver a newer connection of someone present: they keep what they show */
    void connect(long roomPk, long accountId, String connectionId, RoomRole role, Instant now, boolean takingOver) {
        jdbc.update("UPDATE room_participant SET connected = TRUE, connection_id = :connection, role = :role,"
                + " hand_raised = FALSE, invited_to_speak = FALSE, joined_at = :now, last_seen_at = :now"
                + (takingOver ? "" : ", " + NOTHING_SHOWN)
                + " WHERE room_pk = :room AND account_id = :account",
                new MapSqlParameterSource("room", roomPk).addValue("account", accountId)
                        .addValue("connection", connectionId).addValue("role", role.code())
                        .addValue("now", Timestamp.from(now)));
    }

    void disconnect(long roomPk, long accountId) {
        jdbc.update("UPDATE room_participant SET connected = FALSE, connection_id = NULL, role = 0,"
                + " hand_raised = FALSE, invited_to_speak = FALSE, " + NOTHING_SHOWN
                + " WHERE room_pk = :room AND account_id = :account",
                new MapSqlParameterSource("room", roomPk).addValue("account", accountId));
    }

    /** Renews the presence of the connection; false when it no longer holds it. */
    boolean heartbeat(String connectionId, Instant now) {
        return jdbc.update("UPDATE room_participant SET last_seen_at = :now WHERE connection_id = :connection"
                + " AND connected", new MapSqlParameterSource("connection", connectionId)
                        .addValue("now", Timestamp.from(now))) > 0;
    }

    void role(long roomPk, long accountId, RoomRole role) {
        jdbc.update("UPDATE room_participant SET role = :role, hand_raised = FALSE, invited_to_speak = FALSE"
                + " WHERE room_pk = :room AND account_id = :account", new MapSqlParameterSource("room", roomPk)
                        .addValue("account", accountId).addValue("role", role.code()));
    }

    void handRaised(long roomPk, long accountId, boolean raised) {
        jdbc.update("UPDATE room_participant SET hand_raised = :raised WHERE room_pk = :room AND account_id = :account",
                new MapSqlParameterSource("room", roomPk).addValue("account", accountId).addValue("raised", raised));
    }

    void invitedToSpeak(long roomPk, long accountId) {
        jdbc.update("UPDATE room_participant SET invited_to_speak = TRUE WHERE room_pk = :room"
                + " AND account_id = :account", new MapSqlParameterSource("room", roomPk).addValue("account", accountId));
    }

    // --- what participants show, pins and the live stage ---

    /** Shows an image or a link (in place of the one shown), or an icon (in place of the icon shown). */
    void show(long roomPk, long accountId, ShownTool shown) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("room", roomPk).addValue("account", accountId)
                .addValue("data", shown.data());
        if (shown.kind() == ToolKind.ICON) {
            jdbc.update("UPDATE room_participant SET icon = :data, icon_expires_at = :until"
                    + " WHERE room_pk = :room AND account_id = :account",
                    parameters.addValue("until", Timestamp.from(shown.until())));
        }
        else {
            jdbc.update("UPDATE room_participant SET tool = :tool, tool_data = :data"
                    + " WHERE room_pk = :room AND account_id = :account",
                    parameters.addValue("tool", shown.kind().wireName()));
        }
    }

    void clearTool(long roomPk, long accountId) {
        jdbc.update("UPDATE room_participant SET tool = NULL, tool_data = NULL WHERE room_pk = :room"
                + " AND account_id = :account", new MapSqlParameterSource("room", roomPk).addValue("account", accountId));
    }

    void clearIcon(long roomPk, long accountId) {
        jdbc.update("UPDATE room_participant SET icon = NULL, icon_expires_at = NULL WHERE room_pk = :room"
                + " AND account_id = :account", new MapSqlParameterSource("room", roomPk).addValue("account", accountId));
    }

    /** The rooms where an icon's time is up. */
    List<Long> roomsWithExpiredIcons(Instant now) {
        return jdbc.queryForList("SELECT DISTINCT room_pk FROM room_participant WHERE icon_expires_at <= :now",
                new MapSqlParameterSource("now", Timestamp.from(now)), Long.class);
    }

    List<Pin> pins(long roomPk) {
        return jdbc.query("SELECT * FROM room_pin WHERE room_pk = :room ORDER BY pinned_at, pin_id",
                new MapSqlParameterSource("room", roomPk), PIN);
    }

    /** @return false when the same thing was pinned already */
    boolean pin(long roomPk, Pin pin) {
        return jdbc.update("INSERT INTO room_pin (room_pk, pin_id, tool, tool_data, from_uid, pinned_by, pinned_at)"
                + " VALUES (:room, :pin, :tool, :data, :from, :by, :at) ON CONFLICT DO NOTHING",
                new MapSqlParameterSource("room", roomPk).addValue("pin", pin.pinId())
                        .addValue("tool", pin.kind().wireName()).addValue("data", pin.data())
                        .addValue("from", pin.fromUid()).addValue("by", pin.pinnedBy())
                        .addValue("at", Timestamp.from(pin.pinnedAt()))) > 0;
    }

    /** @return false when no such pin was there */
    boolean unpin(long roomPk, String pinId) {
        return jdbc.update("DELETE FROM room_pin WHERE room_pk = :room AND pin_id = :pin",
                new MapSqlParameterSource("room", roomPk).addValue("pin", pinId)) > 0;
    }

    LiveStage liveStage(long roomPk) {
        return jdbc.queryForObject("SELECT live_stage, live_uid FROM room WHERE id = :room",
                new MapSqlParameterSource("room", roomPk),
                (rs, n) -> LiveStage.of(rs.getString("live_stage"), rs.getString("live_uid")));
    }

    void liveStage(long roomPk, LiveStage stage) {
        jdbc.update("UPDATE room SET live_stage = :stage, live_uid = :uid WHERE id = :room",
                new MapSqlParameterSource("room", roomPk).addValue("stage", stage.status().wireName())
                        .addValue("uid", stage.uid()));
    }

    /** The rooms with a connection not heard from since the cutoff. */
    List<Long> roomsWithStaleConnections(Instant cutoff) {
        return jdbc.queryForList("SELECT DISTINCT room_pk FROM room_participant WHERE connected"
                + " AND last_seen_at < :cutoff", new MapSqlParameterSource("cutoff", Timestamp.from(cutoff)),
                Long.class);
    }

    // --- share snapshots ---

    void saveSnapshot(String snapshotId, long roomPk, long fromAccountId, String content, Instant now,
            Instant expiresAt) {
        jdbc.update("INSERT INTO room_snapshot (snapshot_id, room_pk, from_account_id, content, created_at,"
                + " expires_at) VALUES (:id, :room, :from, :content, :now, :expires)",
                new MapSqlParameterSource("id", snapshotId).addValue("room", roomPk).addValue("from", fromAccountId)
                        .addValue("content", content).addValue("now", Timestamp.from(now))
                        .addValue("expires", Timestamp.from(expiresAt)));
    }

    Optional<StoredSnapshot> snapshot(String snapshotId, Instant now) {
        return jdbc.query("SELECT s.content, r.room_id, r.closed FROM room_snapshot s JOIN room r ON r.id = s.room_pk"
                + " WHERE s.snapshot_id = :id AND s.expires_at > :now",
                new MapSqlParameterSource("id", snapshotId).addValue("now", Timestamp.from(now)),
                (rs, n) -> new StoredSnapshot(rs.getString("content"), rs.getString("room_id"),
                        rs.getBoolean("closed"))).stream().findFirst();
    }

    record StoredSnapshot(String content, String roomId, boolean roomClosed) {
    }

    int deleteExpiredSnapshots(Instant now) {
        return jdbc.update("DELETE FROM room_snapshot WHERE expires_at <= :now",
                new MapSqlParameterSource("now", Timestamp.from(now)));
    }

    /** What rooms hold of a logged-off account: its invitations and its share snapshots. */
    void erase(long accountId) {
        MapSqlParameterSource account = new MapSqlParameterSource("account", accountId);
        jdbc.update("DELETE FROM room_invite WHERE account_id = :account", account);
        jdbc.update("DELETE FROM room_snapshot WHERE from_account_id = :account", account);
    }

    /** The rooms the account is connected to. */
    List<String> connectedRooms(long accountId) {
        return jdbc.queryForList("SELECT r.room_id FROM room_participant p JOIN room r ON r.id = p.room_pk"
                + " WHERE p.account_id = :account AND p.connected AND NOT r.closed",
                new MapSqlParameterSource("account", accountId), String.class);
    }

    private static ShownTool tool(ResultSet rs) throws SQLException {
        String tool = rs.getString("tool");
        return tool == null ? null : new ShownTool(ToolKind.named(tool).orElseThrow(), rs.getString("tool_data"), null);
    }

    private static ShownTool icon(ResultSet rs) throws SQLException {
        String icon = rs.getString("icon");
        return icon == null ? null : new ShownTool(ToolKind.ICON, icon, instant(rs, "icon_expires_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
