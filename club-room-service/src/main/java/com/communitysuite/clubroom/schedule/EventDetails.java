package com.communitysuite.clubroom.schedule;

import java.util.List;

import com.communitysuite.clubroom.people.UserSummary;
import com.communitysuite.clubroom.room.RoomDetails;

/**
 * An event as its views show it: its window now, whether the viewer subscribed (the document's {@code notify}), its room once started, and (for the
 * H5 page only) its members' profiles.
 *
 * @param room    null until started
 * @param members null except for the H5 page
 */
public record EventDetails(ScheduledEvent event, EventWindow window, boolean subscribed, RoomDetails room,
        List<Member> members) {

    /** A member's profile, and whether they may go live ({@code allowLive}). */
    public record Member(UserSummary user, boolean allowLive) {
    }
}
