package com.communitysuite.clubroom.room;

import com.communitysuite.clubroom.people.UserRelations.Standing;
import com.communitysuite.clubroom.people.UserSummary;

/**
 * A participant as a room's {@code memberList} shows them: their profile as this service knows it (null fields when
 * it heard nothing yet) and how the viewer stands to them.
 */
public record RoomMember(Participant participant, UserSummary user, Standing standing) {
}
