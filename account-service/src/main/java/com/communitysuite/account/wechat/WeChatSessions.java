package com.communitysuite.account.wechat;

/** Exchanges the code from {@code wx.login()} for the user's WeChat identity (auth.code2Session). */
public interface WeChatSessions {

    /** @throws WeChatLoginException when WeChat refuses the code or cannot be reached */
    WeChatIdentity exchange(String code);
}
