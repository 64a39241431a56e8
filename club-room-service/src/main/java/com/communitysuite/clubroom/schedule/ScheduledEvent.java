package com.communitysuite.clubroom.schedule;

import java.time.Instant;
import java.util.List;

/**
 * A scheduled event (日程): public, with its hosts and guests by uid ({@code memberUids}, in the order given). Once a
 * member starts it, it is bound to the public room it opened ({@code roomId}) and can no longer change.
 *
 * @param editorUid the last to edit it (the document's {@code uid}), its creator until then
 */
public record ScheduledEvent(long id, String eventId, String name, String description, Instant eventTime,
        long creatorAccountId, String creatorUid, String editorUid, List<String> memberUids, String roomId,
        long version, Instant createdAt) {

    public boolean hasMember(String uid) {
        return memberUids.contains(uid);
    }

    public boolean started() {
        return roomId != null;
    }
}
