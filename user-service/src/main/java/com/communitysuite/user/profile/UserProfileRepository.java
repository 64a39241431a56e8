package com.communitysuite.user.profile;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

public interface UserProfileRepository extends JpaRepository<UserProfile, Long> {

    Optional<UserProfile> findByUid(String uid);

    List<UserProfile> findByAccountIdIn(Collection<Long> accountIds);

    /** The profile, locked for the change about to be made (levels change under concurrent grants). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from UserProfile p where p.accountId = ?1")
    Optional<UserProfile> lockById(long accountId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from UserProfile p where p.accountId in ?1 order by p.accountId")
    List<UserProfile> lockAll(Collection<Long> accountIds);
}
