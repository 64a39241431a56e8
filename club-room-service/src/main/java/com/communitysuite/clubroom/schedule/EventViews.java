package com.communitysuite.clubroom.schedule;

import java.util.List;

import com.communitysuite.clubroom.people.UserSummary;
import com.communitysuite.clubroom.room.RoomViews.RoomView;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The app document's event shapes ({@code eventResult}). */
public final class EventViews {

    private EventViews() {
    }

    /** @param memberList the members' profiles, only for the H5 page */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventView(long createTime, String desc, String eventId, long eventTime, int eventTimeStatus,
            List<ProfileView> memberList, List<String> memberUidList, String name, @JsonProperty("notify") int subscribed, String roomId,
            RoomView roomResult, String uid) {

        public static EventView of(EventDetails details) {
            ScheduledEvent event = details.event();
            return new EventView(event.createdAt().toEpochMilli(), event.description(), event.eventId(),
                    event.eventTime().toEpochMilli(), details.window().code(),
                    details.members() == null ? null : details.members().stream().map(ProfileView::of).toList(),
                    event.memberUids(), event.name(), details.subscribed() ? 1 : 0, event.roomId(),
                    details.room() == null ? null : RoomView.of(details.room()), event.editorUid());
        }
    }

    /** A member as an anonymous page sees them: no {@code blocked} or {@code sendCard} of a viewer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProfileView(int allowLive, String avatar, String bio, int blocked, String nickname, int sendCard,
            String uid) {

        static ProfileView of(EventDetails.Member member) {
            UserSummary user = member.user();
            return new ProfileView(member.allowLive() ? 1 : 0, user.avatar(), user.bio(), 0, user.nickname(), 0,
                    user.uid());
        }
    }
}
