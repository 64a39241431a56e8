package com.communitysuite.clubroom.club;

import com.communitysuite.clubroom.campus.CampusShapes;
import com.communitysuite.clubroom.campus.CampusShapes.BlockView;
import com.communitysuite.clubroom.campus.CampusShapes.UserView;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An organization as campus shows it, with its owner and block nested (the original's depth-2 serializer); a club
 * created in the app has no block.
 */
record OrganizationView(long id, String name, @Schema(nullable = true) String description,
        @JsonProperty("create_time") String createTime, @Schema(nullable = true) String avatar, UserView owner,
        @Schema(nullable = true) BlockView block) {

    static OrganizationView of(ClubDetails details) {
        Club club = details.club();
        return new OrganizationView(club.id(), club.name(), club.description(), CampusShapes.time(club.createdAt()),
                club.cover(), UserView.of(details.owner()), BlockView.of(details.block()));
    }

    /** As the original's flat serializer answered a create: owner and block by id. */
    record Flat(long id, String name, @Schema(nullable = true) String description,
            @JsonProperty("create_time") String createTime, @Schema(nullable = true) String avatar, long owner,
            @Schema(nullable = true) Long block) {

        static Flat of(ClubDetails details) {
            Club club = details.club();
            return new Flat(club.id(), club.name(), club.description(), CampusShapes.time(club.createdAt()),
                    club.cover(), club.ownerAccountId(), club.blockId());
        }
    }
}
