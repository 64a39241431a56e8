package com.communitysuite.clubroom.room;

import java.util.List;

import com.communitysuite.clubroom.club.ClubDetails;

/**
 * A room as its views show it: its club (null for none), up to {@link Rooms#MEMBER_LIST_SIZE} of the people present
 * and how many are present.
 */
public record RoomDetails(Room room, ClubDetails club, List<RoomMember> members, int memberTotal) {
}
