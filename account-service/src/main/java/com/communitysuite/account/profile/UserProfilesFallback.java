package com.communitysuite.account.profile;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.stereotype.Component;

/** When user-service cannot answer, sign-in still succeeds, with the profile a new account starts with. */
@Component
class UserProfilesFallback implements FallbackFactory<UserProfiles> {

    private static final Log log = LogFactory.getLog(UserProfilesFallback.class);

    @Override
    public UserProfiles create(Throwable cause) {
        return accountId -> {
            log.warn("user-service did not give the profile of account " + accountId + ": " + cause.getClass().getSimpleName());
            return null;
        };
    }
}
