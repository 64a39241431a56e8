package com.communitysuite.clubroom.people;

/**
 * What this service knows of a user to show them: the campus {@code id} is the account id, the app {@code uid}
 * its uid; {@code nickname}, {@code avatar} and {@code bio} come from the profile, {@code email} once verified.
 * Fields the service has not heard of yet are null.
 */
public record UserSummary(long accountId, String uid, String nickname, String avatar, String bio, String email) {

    /** Whether this service has heard of the user's profile (every registered account has one, with a nickname). */
    public boolean hasProfile() {
        return nickname != null;
    }
}
