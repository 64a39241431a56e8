package com.communitysuite.account.levels;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * user-service's {@code user.levels-changed}, as account-service reads it: the account's resulting levels and the
 * version of that state (contract {@code contracts/events/user-service/user.levels-changed.json}).
 *
 * @param level         mp {@code level}: 1 user, 2 SIG or city member, 3 meeting admin
 * @param activityLevel mp {@code activity_level}: 1 user, 2 sponsor, 3 activity admin
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record LevelsChanged(Long accountId, String uid, Integer level, Integer activityLevel, Boolean sponsor,
        Long version) {

    static final String TYPE = "user.levels-changed";

    /** @throws IllegalArgumentException when a field is missing or out of range: the event goes to the DLT */
    LevelsChanged {
        if (accountId == null || version == null || sponsor == null) {
            throw new IllegalArgumentException("user.levels-changed needs accountId, sponsor and version");
        }
        if (level == null || level < 1 || level > 3 || activityLevel == null || activityLevel < 1
                || activityLevel > 3) {
            throw new IllegalArgumentException("user.levels-changed levels must be 1 to 3: " + level + ", "
                    + activityLevel);
        }
    }
}
