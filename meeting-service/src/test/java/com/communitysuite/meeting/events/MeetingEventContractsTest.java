package com.communitysuite.meeting.events;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.test.EventContracts;

/** Every event type this service publishes carries every field of its contract. */
class MeetingEventContractsTest {

    static final String PUBLISHER = "meeting-service";

    @Test
    void theMeetingEventsCarryTheirContracts() {
        carries(new MeetingCreated(41, "Infra SIG 例会", "小明", 12, "Infrastructure", 1, null, "2026-12-20", "09:00",
                "10:00", Instant.parse("2026-12-20T01:00:00Z"), Instant.parse("2026-12-20T02:00:00Z"), "zoom",
                "83712345678", "https://zoom.us/j/83712345678", "1. 例会", "https://etherpad.example.org/p/infra",
                List.of("a@example.com"), "cloud"));
        carries(new MeetingCancelled(41, "Infra SIG 例会", 12, "2026-12-20", "09:00", "10:00",
                Instant.parse("2026-12-20T01:00:00Z"), Instant.parse("2026-12-20T02:00:00Z"), "zoom", "83712345678",
                List.of("a@example.com"), List.of(13L), 12));
        carries(new MeetingCollected(41, 13, 77, true));
        carries(new MeetingUncollected(41, 13, 77, false));
    }

    private static void carries(DomainEvent event) {
        EventContracts.assertCarries(PUBLISHER, DomainEvent.typeOf(event.getClass()), event);
    }
}
