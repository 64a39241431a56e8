package com.communitysuite.clubroom.room;

import com.communitysuite.clubroom.people.UserRelations.Standing;
import com.communitysuite.clubroom.people.UserSummary;

/**
 * A participant as a room's {@code memberList} shows them: their profile as this service knows it (null fields when
 * it heard nothing yet), how the viewer stands to them and whether they may go live ({@code allowLive}).
 */
public record RoomMember(Participant participant, UserSummary user, Standing standing, boolean allowLive) {
}
