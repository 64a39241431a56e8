package com.communitysuite.clubroom.club;

import com.communitysuite.clubroom.block.Block;
import com.communitysuite.clubroom.people.UserSummary;

/**
 * A club with what its views show beside it: its owner as this service knows them, its block (null for a club
 * created in the app) and whether the viewer is a member.
 */
public record ClubDetails(Club club, UserSummary owner, Block block, boolean joined) {
}
