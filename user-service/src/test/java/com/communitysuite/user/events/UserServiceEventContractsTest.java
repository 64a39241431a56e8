package com.communitysuite.user.events;

import org.junit.jupiter.api.Test;

import com.communitysuite.platform.test.EventContracts;

/** Every event user-service publishes carries every field of its contract (contracts/events/user-service/). */
class UserServiceEventContractsTest {

    private static final String UID = "2701a6fbd0464da99789c9ad1ca1c654";
    private static final String OTHER = "8f0c2a1b3d4e5f60718293a4b5c6d7e8";

    @Test
    void profileChanged() {
        carries("user.profile-changed", new UserProfileChanged(12, UID, "小明", "https://example.com/a.jpg", "hello",
                true));
    }

    @Test
    void blockedAndUnblocked() {
        carries("user.blocked", new UserBlocked(12, UID, 13, OTHER));
        carries("user.unblocked", new UserUnblocked(12, UID, 13, OTHER));
    }

    @Test
    void cardSentAndWithdrawn() {
        carries("card.sent", new CardSent(12, UID, "小明", 13, OTHER));
        carries("card.withdrawn", new CardWithdrawn(12, UID, 13, OTHER));
    }

    @Test
    void levelsChanged() {
        carries("user.levels-changed", new UserLevelsChanged(12, UID, 2, 1, false, 3));
    }

    @Test
    void groupsAndCities() {
        carries("group.saved", new GroupSaved(4, "Infrastructure", "SIG", "https://etherpad.example.org/p/infra"));
        carries("group.membership-changed", new GroupMembershipChanged(4, "Infrastructure", "SIG", 12, true));
        carries("city.saved", new CitySaved(2, "北京", "https://etherpad.example.org/p/beijing"));
        carries("city.membership-changed", new CityMembershipChanged(2, "北京", 12, true));
    }

    @Test
    void feedbackReportsAndDeletion() {
        carries("feedback.submitted", new FeedbackSubmitted(7, 12, "app", "闪退了"));
        carries("report.submitted", new ReportSubmitted(3, 12, 1, OTHER, 2, "spam"));
        carries("user.deleted", new UserDeleted(12, UID, "12"));
    }

    private static void carries(String type, Object event) {
        EventContracts.assertCarries("user-service", type, event);
    }
}
