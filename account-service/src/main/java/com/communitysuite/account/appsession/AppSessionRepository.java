package com.communitysuite.account.appsession;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppSessionRepository extends JpaRepository<AppSession, Long> {

    Optional<AppSession> findByTokenHash(String tokenHash);

    List<AppSession> findByAccountIdAndRevokedAtIsNull(Long accountId);
}
