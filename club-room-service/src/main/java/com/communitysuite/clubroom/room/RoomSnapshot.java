package com.communitysuite.clubroom.room;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A share snapshot of a room (POST /room/{id}/cache) as the H5 page shows it (H5 "获取活动"): the room as it was when
 * shared, who shared it and who was present. {@code closed} is the room's state when read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoomSnapshot(int closed, String clubId, Club clubResult, long createTime, Person fromMember,
        List<Person> memberList, int memberTotal, String name, String roomCacheId, String roomId, String uid) {

    public RoomSnapshot withClosed(boolean closedNow) {
        return new RoomSnapshot(closedNow ? 1 : 0, clubId, clubResult, createTime, fromMember, memberList,
                memberTotal, name, roomCacheId, roomId, uid);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Club(String clubId, int inviteOnly, String cover, long createTime, int joined, int memberTotal,
            String name, String uid) {
    }

    /** A profile as an anonymous page sees it: {@code blocked} is always 0. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Person(String avatar, String bio, String nickname, String uid, Integer blocked) {
    }
}
