package com.communitysuite.notification.activity;

import static com.communitysuite.notification.support.EventData.required;

import java.util.List;

/** activity-service's events as this service reads them. */
final class ActivityEvents {

    private ActivityEvents() {
    }

    /** activity.approved and activity.denied. */
    record Reviewed(Long activityId, String title, Long ownerAccountId) {

        Reviewed {
            required(activityId, "activityId");
            required(title, "title");
            required(ownerAccountId, "ownerAccountId");
        }
    }

    /** activity.deleted and activity.content-changed. */
    record ForParticipants(Long activityId, String title, List<Long> participantAccountIds) {

        ForParticipants {
            required(activityId, "activityId");
            required(title, "title");
            participantAccountIds = participantAccountIds == null ? List.of() : participantAccountIds;
        }
    }

    record ParticipantLeft(Long activityId, String title, Long accountId, Long removedByAccountId) {

        ParticipantLeft {
            required(activityId, "activityId");
            required(title, "title");
            required(accountId, "accountId");
        }
    }

    record ApplicationDecided(Long activityId, String title, Long accountId, Boolean approved) {

        ApplicationDecided {
            required(activityId, "activityId");
            required(title, "title");
            required(accountId, "accountId");
            required(approved, "approved");
        }
    }

    record CommentSaved(Long commentId, Long activityId, String activityTitle, Long authorAccountId,
            Long ownerAccountId, Long blockId, String content, Boolean created) {

        CommentSaved {
            required(activityId, "activityId");
            required(activityTitle, "activityTitle");
            required(authorAccountId, "authorAccountId");
            required(ownerAccountId, "ownerAccountId");
            required(created, "created");
            content = content == null ? "" : content;
        }
    }
}
