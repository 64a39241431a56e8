package com.communitysuite.clubroom.club;

import com.communitysuite.clubroom.people.UserRelations.Standing;
import com.communitysuite.clubroom.people.UserSummary;

/**
 * A member in a list: the membership, the member as this service knows them (null when it has not heard of them
 * yet) and how the viewer stands to them.
 */
public record MemberEntry(ClubMember membership, UserSummary user, Standing standing) {
}
