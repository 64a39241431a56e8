package com.communitysuite.clubroom.club;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ClubRepository extends JpaRepository<Club, Long> {

    Optional<Club> findByClubId(String clubId);

    List<Club> findByClubIdIn(java.util.Collection<String> clubIds);

    /** Changes to a club's members serialise on its row, so their events are in commit order. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Club c where c.id = :id")
    Optional<Club> lockById(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Club c where c.clubId = :clubId")
    Optional<Club> lockByClubId(String clubId);

    List<Club> findAllByOrderById();

    List<Club> findByBlockIdOrderById(long blockId);

    List<Club> findByOwnerAccountIdOrderById(long ownerAccountId);

    /** Organization names are unique among organizations (clubs of a block). */
    @Query("select count(c) > 0 from Club c where c.name = :name and c.blockId is not null and c.id <> :exceptId")
    boolean organizationNamed(String name, long exceptId);
}
