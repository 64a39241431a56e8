package com.communitysuite.clubroom.room;

import java.util.List;

import com.communitysuite.clubroom.club.Club;
import com.communitysuite.clubroom.club.ClubDetails;
import com.communitysuite.clubroom.people.UserSummary;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The app document's room shapes ({@code roomResult}, its {@code clubResult} and {@code memberList}). */
public final class RoomViews {

    private RoomViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RoomView(String clubId, ClubView clubResult, long createTime, int inviteOnly,
            List<MemberView> memberList, int memberTotal, String name, String roomId, String uid) {

        public static RoomView of(RoomDetails details) {
            Room room = details.room();
            return new RoomView(room.clubId(), details.club() == null ? null : ClubView.of(details.club()),
                    room.createdAt().toEpochMilli(), room.inviteOnly() ? 1 : 0,
                    details.members().stream().map(MemberView::of).toList(), details.memberTotal(), room.name(),
                    room.roomId(), room.creatorUid());
        }
    }

    /** A room's club; {@code inviteOnly} is always 0 here, as the original's club result carried it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClubView(String clubId, int inviteOnly, String cover, long createTime, int joined, int memberTotal,
            String name, String uid) {

        static ClubView of(ClubDetails details) {
            Club club = details.club();
            return new ClubView(club.clubId(), 0, club.cover(), club.createdAt().toEpochMilli(),
                    details.joined() ? 1 : 0, club.memberTotal(), club.name(), club.ownerUid());
        }
    }

    /** Someone present, with how the viewer stands to them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MemberView(int allowLive, String avatar, String bio, int blocked, long cardTotal, String nickname,
            int sendCard, String uid) {

        static MemberView of(RoomMember member) {
            UserSummary user = member.user();
            return new MemberView(member.allowLive() ? 1 : 0, user.avatar(), user.bio(),
                    member.standing().blocked() ? 1 : 0,
                    member.standing().cardTotal(), user.nickname(), member.standing().cardSent() ? 1 : 0,
                    member.participant().uid());
        }
    }
}
