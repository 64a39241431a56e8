package com.communitysuite.meeting.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    @Query("select m from Meeting m where m.id = :id and m.cancelledAt is null")
    Optional<Meeting> findLive(@Param("id") long id);

    @Query("select m from Meeting m where m.mid = :mid and m.cancelledAt is null order by m.id")
    List<Meeting> findLiveByMid(@Param("mid") String mid);

    /** The hosts of {@code platform} held by a live meeting during {@code [from, until)}. */
    @Query("select distinct m.hostId from Meeting m where m.platform = :platform and m.cancelledAt is null"
            + " and m.startsAt < :until and m.hostHeldUntil > :from")
    List<String> busyHosts(@Param("platform") String platform, @Param("from") Instant from,
            @Param("until") Instant until);

    @Query("select m from Meeting m where m.creatorAccountId = :accountId")
    List<Meeting> createdBy(@Param("accountId") long accountId);
}
