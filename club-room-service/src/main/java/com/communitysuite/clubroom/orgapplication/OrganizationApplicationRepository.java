package com.communitysuite.clubroom.orgapplication;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OrganizationApplicationRepository extends JpaRepository<OrganizationApplication, Long> {

    List<OrganizationApplication> findAllByOrderById();

    List<OrganizationApplication> findByApplicantAccountIdOrderById(long applicantAccountId);

    boolean existsByNameAndStatus(String name, short status);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from OrganizationApplication a where a.id = :id")
    Optional<OrganizationApplication> lockById(long id);

    @Modifying
    @Query("delete from OrganizationApplication a where a.applicantAccountId = :applicantAccountId")
    void deleteByApplicant(long applicantAccountId);
}
