package com.communitysuite.platform.wechat;

/** WeChat gave no access token: unreachable, busy or over its quota ({@link #passing}), or refusing the app. */
public class WeChatTokenException extends RuntimeException {

    private final boolean passing;

    public WeChatTokenException(String message, boolean passing) {
        super(message);
        this.passing = passing;
    }

    /** Whether trying again later may succeed (unreachable, busy, quota), rather than a refused app id or secret. */
    public boolean passing() {
        return passing;
    }
}
