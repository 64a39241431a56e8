package com.communitysuite.account.campus;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SuperAdminRepository extends JpaRepository<SuperAdmin, Long> {

    Optional<SuperAdmin> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByEmail(String email);

    boolean existsByAccountId(Long accountId);
}
