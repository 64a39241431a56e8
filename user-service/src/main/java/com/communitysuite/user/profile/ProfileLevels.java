package com.communitysuite.user.profile;

import java.time.Clock;

import org.springframework.stereotype.Component;

import com.communitysuite.platform.events.DomainEvents;
import com.communitysuite.user.events.UserLevelsChanged;

/**
 * Every change of a user's mp levels goes through here, so each one is announced with the resulting levels and a
 * growing version (account-service keeps a copy for the identity the gateway hands out).
 */
@Component
public class ProfileLevels {

    private final DomainEvents events;
    private final Clock clock;

    ProfileLevels(DomainEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Sets both levels (inside the caller's transaction); announces the result when anything changed. */
    public void change(UserProfile profile, int level, int activityLevel) {
        if (profile.levelsBecome(level, activityLevel, clock.instant())) {
            events.publish(new UserLevelsChanged(profile.accountId(), profile.uid(), profile.level(),
                    profile.activityLevel(), profile.sponsor(), profile.levelsVersion()));
        }
    }

    /** Joining a group or a city: a plain user becomes a member (who may create meetings). */
    public void joinedAGroup(UserProfile profile) {
        if (profile.level() == UserProfile.USER) {
            change(profile, UserProfile.MEMBER, profile.activityLevel());
        }
    }

    /** Leaving the last group or city: a member is a plain user again (the original never lowered it). */
    public void leftTheLastGroup(UserProfile profile) {
        if (profile.level() == UserProfile.MEMBER) {
            change(profile, UserProfile.USER, profile.activityLevel());
        }
    }
}
