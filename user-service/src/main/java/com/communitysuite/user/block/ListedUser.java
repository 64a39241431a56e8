package com.communitysuite.user.block;

import com.communitysuite.user.profile.AppProfileView;

/** An entry of the app's block and card lists. */
public record ListedUser(long createTime, String sequenceId, String uid, AppProfileView userProfileResult) {
}
