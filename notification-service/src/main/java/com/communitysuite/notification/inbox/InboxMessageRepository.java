package com.communitysuite.notification.inbox;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InboxMessageRepository extends JpaRepository<InboxMessage, Long> {

    List<InboxMessage> findByRecipientAccountIdOrderByIdDesc(long recipientAccountId, Limit limit);

    List<InboxMessage> findByRecipientAccountIdAndIdLessThanOrderByIdDesc(long recipientAccountId, long beforeId,
            Limit limit);

    long countByRecipientAccountIdAndUnreadTrue(long recipientAccountId);

    @Modifying
    @Query("UPDATE InboxMessage m SET m.unread = false WHERE m.id IN :ids AND m.unread = true")
    int markRead(@Param("ids") Collection<Long> ids);

    @Modifying
    @Query("DELETE FROM InboxMessage m WHERE m.recipientAccountId = :accountId")
    int deleteAllOf(@Param("accountId") long accountId);
}
