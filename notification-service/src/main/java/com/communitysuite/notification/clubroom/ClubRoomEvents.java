package com.communitysuite.notification.clubroom;

import static com.communitysuite.notification.support.EventData.required;

import java.time.Instant;
import java.util.List;

/** club-room-service's events as this service reads them. */
final class ClubRoomEvents {

    private ClubRoomEvents() {
    }

    record RoomInvited(String roomId, String roomName, Long inviterAccountId, String inviterUid,
            String inviterNickname, Long inviteeAccountId) {

        RoomInvited {
            required(roomId, "roomId");
            required(inviterAccountId, "inviterAccountId");
            required(inviterUid, "inviterUid");
            required(inviteeAccountId, "inviteeAccountId");
        }
    }

    /** {@code eventTime} is epoch milliseconds, as the app shows it. */
    record EventSaved(String eventId, String name, Long eventTime, Long creatorAccountId,
            List<Long> memberAccountIds, Long version) {

        EventSaved {
            required(eventId, "eventId");
            required(name, "name");
            required(eventTime, "eventTime");
            required(version, "version");
            memberAccountIds = memberAccountIds == null ? List.of() : memberAccountIds;
        }

        Instant time() {
            return Instant.ofEpochMilli(eventTime);
        }
    }

    record EventSubscribed(String eventId, String name, Long eventTime, Long accountId) {

        EventSubscribed {
            required(eventId, "eventId");
            required(name, "name");
            required(eventTime, "eventTime");
            required(accountId, "accountId");
        }

        Instant time() {
            return Instant.ofEpochMilli(eventTime);
        }
    }

    record EventDeleted(String eventId) {

        EventDeleted {
            required(eventId, "eventId");
        }
    }

    record EventStarted(String eventId, String name, String roomId, List<Long> subscriberAccountIds) {

        EventStarted {
            required(eventId, "eventId");
            required(name, "name");
            required(roomId, "roomId");
            subscriberAccountIds = subscriberAccountIds == null ? List.of() : subscriberAccountIds;
        }
    }

    record ApplicationVerified(Long applicationId, String name, Long applicantAccountId, Boolean approved,
            Long organizationId) {

        ApplicationVerified {
            required(name, "name");
            required(applicantAccountId, "applicantAccountId");
            required(approved, "approved");
        }
    }

    record OwnerChanged(Long organizationId, String name, Long ownerAccountId) {

        OwnerChanged {
            required(organizationId, "organizationId");
            required(name, "name");
            required(ownerAccountId, "ownerAccountId");
        }
    }

    record ManagerChanged(Long organizationId, String name, Long accountId, Boolean manager) {

        ManagerChanged {
            required(organizationId, "organizationId");
            required(name, "name");
            required(accountId, "accountId");
            required(manager, "manager");
        }
    }

    /** block.saved and block.deleted. */
    record Block(Long blockId, String name) {

        Block {
            required(blockId, "blockId");
        }
    }
}
