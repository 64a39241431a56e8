package com.communitysuite.account.profile;

import org.springframework.stereotype.Component;

import com.communitysuite.account.account.Account;
import com.communitysuite.account.mp.MpProperties;

/**
 * The profile a sign-in answer shows: user-service's, or, for an account it has not heard of yet (the event is on
 * its way) or while it is down, the one every new account starts with.
 */
@Component
public class SignInProfiles {

    private final UserProfiles profiles;
    private final MpProperties mp;

    SignInProfiles(UserProfiles profiles, MpProperties mp) {
        this.profiles = profiles;
        this.mp = mp;
    }

    public UserProfiles.Profile of(Account account) {
        UserProfiles.Profile profile = profiles.profile(account.id());
        if (profile != null) {
            return profile;
        }
        return new UserProfiles.Profile(account.id(), account.uid(), account.defaultNickname(), mp.defaultAvatarUrl(),
                null, null, 1, 1);
    }
}
