package com.communitysuite.meeting.meeting;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A meeting as the mp document's detail and lists show it (sections 二 3, 4, 7, 8): the fields of both its
 * serializers, {@code video_url} (detail) and {@code replay_url} (list) alike, and the caller's {@code collection_id}
 * (null when anonymous or not collected).
 */
public record MeetingView(long id, @JsonProperty("collection_id") @Schema(nullable = true) Long collectionId,
        @JsonProperty("user_id") long userId, @JsonProperty("group_id") long groupId, String topic, String sponsor,
        @JsonProperty("group_name") String groupName, @Schema(nullable = true) String city, String date, String start,
        String end, String agenda, String etherpad, String mid, String mmid, @JsonProperty("join_url") String joinUrl,
        @JsonProperty("video_url") String videoUrl, @JsonProperty("replay_url") String replayUrl,
        @JsonProperty("meeting_type") int meetingType, String mplatform) {

    public static MeetingView of(Meeting m, Long collectionId) {
        String replay = m.replayUrl() == null ? "" : m.replayUrl();
        return new MeetingView(m.id(), collectionId, m.creatorAccountId(), m.groupId(), m.topic(), m.sponsor(),
                m.groupName(), m.city(), m.date().toString(), m.start(), m.end(), m.agenda(), m.etherpad(), m.mid(),
                m.mmid(), m.joinUrl(), replay, replay, m.meetingType(), m.platform());
    }
}
