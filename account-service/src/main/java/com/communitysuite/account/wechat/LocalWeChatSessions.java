package com.communitysuite.account.wechat;

/**
 * The local suite's stand-in for WeChat: the code is taken as the openid, so a person can sign in as anyone.
 * Never in production: {@link WeChatConfiguration} refuses to start it under the prod profile.
 */
public class LocalWeChatSessions implements WeChatSessions {

    @Override
    public WeChatIdentity exchange(String code) {
        return new WeChatIdentity("local-" + code, null);
    }
}
