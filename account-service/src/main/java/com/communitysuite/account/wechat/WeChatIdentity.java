package com.communitysuite.account.wechat;

/** Who WeChat says signed in: the openid within this mini-program, and the unionid when the app has one. */
public record WeChatIdentity(String openid, String unionid) {
}
