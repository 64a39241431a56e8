package com.communitysuite.clubroom.people;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface KnownUserRepository extends JpaRepository<KnownUser, Long> {

    List<KnownUser> findByAccountIdInAndErasedFalse(Collection<Long> accountIds);

    Optional<KnownUser> findByAccountIdAndErasedFalseAndUidIsNotNull(long accountId);

    List<KnownUser> findByUidInAndErasedFalse(Collection<String> uids);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from KnownUser u where u.accountId = :accountId")
    Optional<KnownUser> lockById(long accountId);

    /** Notes an account the gateway vouched for, without touching what events already said of it. */
    @Modifying
    @Query(value = "INSERT INTO user_copy (account_id, uid, erased, updated_at) VALUES (:accountId, :uid, false, :now)"
            + " ON CONFLICT (account_id) DO UPDATE SET uid = COALESCE(user_copy.uid, EXCLUDED.uid)",
            nativeQuery = true)
    void noteAccount(long accountId, String uid, Instant now);
}
