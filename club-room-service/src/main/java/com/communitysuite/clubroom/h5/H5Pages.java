package com.communitysuite.clubroom.h5;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.clubroom.club.ClubDetails;
import com.communitysuite.clubroom.club.ClubMemberships;
import com.communitysuite.clubroom.club.Clubs;
import com.communitysuite.clubroom.people.KnownUsers;
import com.communitysuite.clubroom.people.UserRelations;
import com.communitysuite.clubroom.people.UserRelations.Standing;
import com.communitysuite.clubroom.people.UserSummary;
import com.communitysuite.clubroom.room.RoomProperties;
import com.communitysuite.clubroom.room.RoomSnapshot;
import com.communitysuite.clubroom.room.Rooms;
import com.communitysuite.clubroom.schedule.EventDetails;
import com.communitysuite.clubroom.schedule.ScheduledEvents;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.NotFoundException;

/**
 * What the H5 share pages read, without login: a room's share snapshot, a club, a profile, an event, and the
 * JS-SDK config that lets the page share itself. A visitor with an H5 token (WeChat web login) is an account here;
 * for them {@code joined} says whether they are a member.
 */
@Service
public class H5Pages {

    static final String WECHAT_UNAVAILABLE = "获取微信配置失败";

    private final Rooms rooms;
    private final Clubs clubs;
    private final ClubMemberships memberships;
    private final ScheduledEvents events;
    private final KnownUsers users;
    private final UserRelations relations;
    private final JsApiTickets tickets;
    private final RoomProperties roomProperties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    H5Pages(Rooms rooms, Clubs clubs, ClubMemberships memberships, ScheduledEvents events, KnownUsers users,
            UserRelations relations, JsApiTickets tickets, RoomProperties roomProperties, Clock clock) {
        this.rooms = rooms;
        this.clubs = clubs;
        this.memberships = memberships;
        this.events = events;
        this.users = users;
        this.relations = relations;
        this.tickets = tickets;
        this.roomProperties = roomProperties;
        this.clock = clock;
    }

    /** A room's share snapshot; 400000 when unknown or expired. */
    @Transactional(readOnly = true)
    public RoomSnapshot room(String snapshotId, Long viewer) {
        RoomSnapshot snapshot = rooms.sharedSnapshot(snapshotId);
        if (viewer == null || snapshot.clubResult() == null) {
            return snapshot;
        }
        RoomSnapshot.Club club = snapshot.clubResult();
        boolean joined = memberships.isMember(club.clubId(), viewer);
        return new RoomSnapshot(snapshot.closed(), snapshot.clubId(), new RoomSnapshot.Club(club.clubId(),
                club.inviteOnly(), club.cover(), club.createTime(), joined ? 1 : 0, club.memberTotal(), club.name(),
                club.uid()), snapshot.createTime(), snapshot.fromMember(), snapshot.memberList(),
                snapshot.memberTotal(), snapshot.name(), snapshot.roomCacheId(), snapshot.roomId(), snapshot.uid());
    }

    /** A club; 500000 when missing. */
    @Transactional(readOnly = true)
    public ClubDetails club(String clubId, Long viewer) {
        ClubDetails club = clubs.clubsByClubId(List.of(clubId), viewer).get(clubId);
        if (club == null) {
            throw new NotFoundException("club.not-found", "圈子不存在");
        }
        return club;
    }

    /** A profile, with the cards its owner holds; 200002 when this service knows no profile of the uid. */
    @Transactional(readOnly = true)
    public Profile profile(String uid, Long viewer) {
        UserSummary user = users.byUids(List.of(uid)).get(uid);
        if (user == null || !user.hasProfile()) {
            throw new NotFoundException("user.not-found", "用户不存在");
        }
        Standing standing = relations.standings(viewer == null ? 0 : viewer, List.of(user.accountId()))
                .getOrDefault(user.accountId(), Standing.NONE);
        return new Profile(user, viewer == null ? new Standing(false, false, standing.cardTotal()) : standing,
                roomProperties.allowsLive(uid));
    }

    public record Profile(UserSummary user, Standing standing, boolean allowLive) {
    }

    /** An event with its members' profiles; 600000 when missing. */
    @Transactional(readOnly = true)
    public EventDetails event(String eventId) {
        return events.event(eventId, null);
    }

    /** The JS-SDK config for the page at the URL: a fresh nonce, now, and the signature over them. */
    public Map<String, String> weixinConfig(String url) {
        String ticket;
        try {
            ticket = tickets.ticket();
        }
        catch (JsApiTickets.JsApiTicketException e) {
            throw new ConflictException("h5.wechat-unavailable", WECHAT_UNAVAILABLE);
        }
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String nonceStr = HexFormat.of().formatHex(nonce);
        long timestamp = clock.instant().getEpochSecond();
        return Map.of("signature", JsSdkSignature.sign(ticket, nonceStr, timestamp, url), "appId", tickets.appId(),
                "jsapi_ticket", ticket, "nonceStr", nonceStr, "url", url, "timestamp", Long.toString(timestamp));
    }
}
