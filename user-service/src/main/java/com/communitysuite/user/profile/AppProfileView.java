package com.communitysuite.user.profile;

/**
 * A profile as the app shows it to a viewer: {@code blocked} 1 when the viewer blocked that user, {@code sendCard}
 * 1 when the viewer sent them their card, {@code cardTotal} the cards in that user's holder.
 */
public record AppProfileView(String uid, String nickname, String avatar, String bio, int blocked, int sendCard,
        long cardTotal) {

    public static AppProfileView of(UserProfile profile, boolean blocked, boolean cardSent, long cardTotal) {
        return new AppProfileView(profile.uid(), profile.nickname(), profile.avatar(),
                profile.bio() == null ? "" : profile.bio(), blocked ? 1 : 0, cardSent ? 1 : 0, cardTotal);
    }
}
