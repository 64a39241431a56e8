package com.communitysuite.clubroom.h5;

/**
 * The local suite's stand-in for WeChat: a fixed, clearly fake ticket (pages signed with it work nowhere but in
 * tests). Never in production: {@link H5Configuration} refuses it under the prod profile.
 */
final class LocalJsApiTickets implements JsApiTickets {

    static final String APP_ID = "wx10ca1000000000";
    static final String TICKET = "local-jsapi-ticket-not-from-wechat";

    @Override
    public String appId() {
        return APP_ID;
    }

    @Override
    public String ticket() {
        return TICKET;
    }
}
