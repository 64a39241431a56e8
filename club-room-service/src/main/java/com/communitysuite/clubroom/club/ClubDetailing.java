package com.communitysuite.clubroom.club;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.communitysuite.clubroom.block.Block;
import com.communitysuite.clubroom.block.Blocks;
import com.communitysuite.clubroom.people.KnownUsers;
import com.communitysuite.clubroom.people.UserSummary;

/** Clubs with their owners, blocks and the viewer's membership, looked up once per list rather than once per club. */
@Component
class ClubDetailing {

    private final KnownUsers users;
    private final Blocks blocks;
    private final ClubMemberRepository members;

    ClubDetailing(KnownUsers users, Blocks blocks, ClubMemberRepository members) {
        this.users = users;
        this.blocks = blocks;
        this.members = members;
    }

    ClubDetails of(Club club, Long viewer) {
        return of(List.of(club), viewer).get(0);
    }

    /** @param viewer the account whose membership {@code joined} tells, or null for nobody */
    List<ClubDetails> of(List<Club> clubs, Long viewer) {
        if (clubs.isEmpty()) {
            return List.of();
        }
        Map<Long, UserSummary> owners = users.byAccountIds(clubs.stream().map(Club::ownerAccountId).distinct()
                .toList());
        Map<Long, Block> blocksById = blocks.byIds(clubs.stream().map(Club::blockId).filter(Objects::nonNull)
                .distinct().toList());
        Set<Long> joined = viewer == null ? Set.of() : joinedAmong(viewer, clubs.stream().map(Club::id).toList());
        return clubs.stream().map(club -> new ClubDetails(club,
                owners.getOrDefault(club.ownerAccountId(),
                        new UserSummary(club.ownerAccountId(), club.ownerUid(), null, null, null, null)),
                club.blockId() == null ? null : blocksById.get(club.blockId()), joined.contains(club.id())))
                .toList();
    }

    private Set<Long> joinedAmong(long viewer, Collection<Long> clubPks) {
        return members.findByAccountIdAndClubPkIn(viewer, clubPks).stream().map(ClubMember::clubPk)
                .collect(Collectors.toSet());
    }
}
