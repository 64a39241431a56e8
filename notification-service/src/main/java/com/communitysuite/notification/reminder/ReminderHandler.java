package com.communitysuite.notification.reminder;

import java.time.Instant;

/** What a kind of reminder sends when it is due; runs in the transaction that marks the reminder fired. */
public interface ReminderHandler {

    String kind();

    void fire(String subjectId, Instant now);
}
