package com.communitysuite.activity.collection;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import com.communitysuite.activity.activity.Activity;

interface ActivityCollectionRepository extends JpaRepository<ActivityCollection, Long> {

    @Query("select c from ActivityCollection c where c.accountId = :accountId and c.activityId in :activityIds")
    List<ActivityCollection> findOfAccount(@Param("accountId") long accountId,
            @Param("activityIds") Collection<Long> activityIds);

    /** The caller's collected activities that are still up, newest start first. */
    @Query(value = "select a from Activity a, ActivityCollection c where c.activityId = a.id"
            + " and c.accountId = :accountId"
            + " and a.status <> com.communitysuite.activity.activity.ActivityStatus.TAKEN_DOWN"
            + " order by a.startDate desc, a.id",
            countQuery = "select count(c) from Activity a, ActivityCollection c where c.activityId = a.id"
                    + " and c.accountId = :accountId"
                    + " and a.status <> com.communitysuite.activity.activity.ActivityStatus.TAKEN_DOWN")
    Page<Activity> collectedBy(@Param("accountId") long accountId, Pageable page);
}
