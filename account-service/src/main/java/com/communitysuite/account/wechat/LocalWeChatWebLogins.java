package com.communitysuite.account.wechat;

/**
 * The local suite's stand-in for WeChat's web authorisation: the code is taken as the openid, the same one the local
 * mini-program stand-in makes of it, so an H5 visitor with code {@code alice} is the mini-program's {@code alice}.
 * Never in production: {@link WeChatConfiguration} refuses to start it under the prod profile.
 */
public class LocalWeChatWebLogins implements WeChatWebLogins {

    @Override
    public WeChatWebIdentity exchange(String code) {
        return new WeChatWebIdentity("local-" + code, null, false);
    }
}
