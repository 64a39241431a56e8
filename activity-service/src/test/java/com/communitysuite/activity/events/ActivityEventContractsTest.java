package com.communitysuite.activity.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.test.EventContracts;

/** Every event type this service publishes carries every field of its contract. */
class ActivityEventContractsTest {

    static final String PUBLISHER = "activity-service";

    @Test
    void theStatusEventsCarryTheirContracts() {
        carries(new ActivitySubmitted(21, "开源之夏分享会", 12, "WAITING", 2, "12"));
        carries(new ActivityApproved(21, "开源之夏分享会", 12, "PUBLISHED", 3, "30"));
        carries(new ActivityDenied(21, "开源之夏分享会", 12, "DRAFT", 3, "30"));
        carries(new ActivityPublished(21, "开源之夏分享会", 12, "PUBLISHED", 1, "12"));
        carries(new ActivityTakenDown(21, "开源之夏分享会", 12, "TAKEN_DOWN", 5, "30"));
        carries(new ActivityDeleted(21, "开源之夏分享会", 12, List.of(13L, 14L), 6, "12"));
    }

    @Test
    void theStateEventCarriesItsContract() {
        carries(new ActivitySaved(21, "mp", "开源之夏分享会", 12, "PUBLISHED", 1, 2, LocalDate.of(2026, 12, 20),
                LocalDate.of(2026, 12, 21), Instant.parse("2026-12-20T01:00:00Z"), Instant.parse("2026-12-21T10:00:00Z"),
                null, null, 100, 4, "12"));
    }

    @Test
    void theCollectionAndParticipantEventsCarryTheirContracts() {
        carries(new ActivityCollected(21, 13, 88, true));
        carries(new ActivityUncollected(21, 13, 88, false));
        carries(new ParticipantJoined(21, "开源之夏分享会", 13, 12, 57));
        carries(new ParticipantLeft(21, "开源之夏分享会", 13, 12, 56));
        carries(new ParticipantApplicationDecided(21, "开源之夏分享会", 13, true, "12"));
    }

    @Test
    void theCampusEventsCarryTheirContracts() {
        carries(new ActivityContentChanged(21, "开源之夏分享会", List.of(13L, 14L), "12"));
        carries(new CommentSaved(31, 21, "开源之夏分享会", 13, 12, 1L, "很棒", new java.math.BigDecimal("4.5"), true));
    }

    private static void carries(DomainEvent event) {
        EventContracts.assertCarries(PUBLISHER, DomainEvent.typeOf(event.getClass()), event);
    }
}
