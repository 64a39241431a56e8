package com.communitysuite.user.feedback;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, Long> {

    boolean existsByAccountIdAndSourceTypeAndSourceId(long accountId, short sourceType, String sourceId);
}
