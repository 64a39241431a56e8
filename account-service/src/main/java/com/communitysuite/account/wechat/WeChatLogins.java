package com.communitysuite.account.wechat;

import java.util.Map;

/** The WeChat session exchange of each mini-program, by surface. */
public class WeChatLogins {

    private final Map<String, WeChatSessions> bySurface;

    public WeChatLogins(Map<String, WeChatSessions> bySurface) {
        this.bySurface = Map.copyOf(bySurface);
    }

    /** @throws WeChatLoginException as {@link WeChatSessions#exchange} does, or when the surface has no app */
    public WeChatIdentity exchange(String surface, String code) {
        WeChatSessions sessions = bySurface.get(surface);
        if (sessions == null) {
            throw new WeChatLoginException(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE,
                    "No WeChat app is configured for " + surface);
        }
        return sessions.exchange(code);
    }
}
