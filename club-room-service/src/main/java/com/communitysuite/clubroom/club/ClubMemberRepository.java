package com.communitysuite.clubroom.club;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClubMemberRepository extends JpaRepository<ClubMember, Long> {

    Optional<ClubMember> findByClubPkAndAccountId(long clubPk, long accountId);

    boolean existsByClubPkAndAccountId(long clubPk, long accountId);

    List<ClubMember> findByAccountIdAndClubPkIn(long accountId, Collection<Long> clubPks);

    List<ClubMember> findByAccountIdOrderById(long accountId);

    List<ClubMember> findByAccountIdAndManagerTrueOrderById(long accountId);

    List<ClubMember> findByClubPkAndManagerTrueOrderById(long clubPk);

    /** The longest-standing members first: who takes over a club whose owner logged off. */
    List<ClubMember> findByClubPkOrderByJoinedAtAscIdAsc(long clubPk);

    /** The clubs a user joined, newest join first. */
    List<ClubMember> findByAccountIdOrderByJoinedAtDescClubPkDesc(long accountId, Limit limit);

    @Query("select m from ClubMember m where m.accountId = :accountId and (m.joinedAt < :joinedAt"
            + " or (m.joinedAt = :joinedAt and m.clubPk < :clubPk)) order by m.joinedAt desc, m.clubPk desc")
    List<ClubMember> joinedBefore(long accountId, Instant joinedAt, long clubPk, Limit limit);

    /** A club's members, newest join first. */
    List<ClubMember> findByClubPkOrderByJoinedAtDescUidDesc(long clubPk, Limit limit);

    @Query("select m from ClubMember m where m.clubPk = :clubPk and (m.joinedAt < :joinedAt"
            + " or (m.joinedAt = :joinedAt and m.uid < :uid)) order by m.joinedAt desc, m.uid desc")
    List<ClubMember> membersBefore(long clubPk, Instant joinedAt, String uid, Limit limit);
}
