package com.communitysuite.account.wechat;

/**
 * Who WeChat says opened a page through its web authorisation ({@code snsapi_base}).
 *
 * @param openid       the user within the official account
 * @param unionid      the user across the organisation's apps, when WeChat gives it (rarely for snsapi_base)
 * @param snapshotUser WeChat's "snapshot page" visitor ({@code is_snapshotuser: 1}): a stand-in id, not the person
 */
public record WeChatWebIdentity(String openid, String unionid, boolean snapshotUser) {
}
